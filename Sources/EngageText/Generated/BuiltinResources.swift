// Generated from Rules/ by `ENGAGE_REGENERATE=1 swift test --filter BuiltinResourcesTests`.
// Do not edit: edit the files under Rules/ and regenerate (a test fails while they differ).

/// The Rules/ files this module embeds, by path relative to Rules/.
enum BuiltinResources {
    static let files: [String: String] = [
        "data/companies.txt": #"""
# companies.txt: the built-in list of well-known companies for the rule
# proof/companies. A post passes that rule when it names at least three
# distinct companies from this list, for example as users of a technology or
# as examples of something done at scale.

# Format: one company per line.

#   Name
#   Name = Alias, Alias
#   Name = Alias, Alias [ambiguous]

# - Name is the company's usual name, spelled exactly as technical articles
#   write it. Matching is case-sensitive and on whole words, so "GitHub",
#   "eBay" and "NVIDIA" are written in the case that articles use.
# - Text after " = " lists other names for the same company, separated by
#   ", ". A match on the name or on any alias counts as that one company, so
#   "Meta" and "Facebook" in one post count once.
# - " [ambiguous]" at the end of a line means that at least one name on the
#   line is also an ordinary English word or the name of a technology (a
#   database, a tool, a chip architecture), e.g. "Apple", "Slack", "Redis".
#   The rule code decides what context it needs before it counts such a
#   line. Lines without the marker can be counted on a bare match.
# - Some names contain another listed name as a whole word ("Square Enix"
#   contains "Square", "Google DeepMind" contains "Google"). Matchers should
#   prefer the longest match at a position.
# - Lines starting with "#" are comments, and blank lines are ignored. The
#   "# --- Industry ---" headers group companies by industry only to make
#   the list easier to read. Within a group, lines are sorted
#   alphabetically, ignoring case.
# - Every name and alias appears only once in the whole file.
# - A few non-profits that articles cite the way they cite companies
#   (Wikipedia, Mozilla, Khan Academy) are included. Government agencies
#   are not. Deliberately left out: names that are too ambiguous to be
#   useful even with context (e.g. "X" for Twitter) and holding-company
#   names that articles hardly ever use (e.g. "Alphabet").

# --- Big tech and platforms ---
Alibaba = Alibaba Group, Alibaba Cloud, Aliyun, AliExpress, Taobao, Tmall
Amazon = Amazon Web Services, AWS, Amazon.com
Apple = Apple Inc. [ambiguous]
Baidu
ByteDance = Douyin
Google = Google Cloud, Google Cloud Platform, GCP
Huawei = Huawei Cloud
IBM = International Business Machines
Kakao
Meta = Meta Platforms, Facebook [ambiguous]
Microsoft = Microsoft Azure, Azure
Naver
Oracle = Oracle Cloud, Oracle Corporation [ambiguous]
Tencent = Tencent Cloud, WeChat
Yahoo
Yandex

# --- Cloud, hosting, CDN and infrastructure ---
Akamai = Akamai Technologies, Linode
Backblaze
Canonical [ambiguous]
Cloudflare
Cloudinary
CoreWeave
DigitalOcean
Equinix
Fastly
Fly.io
GoDaddy
HashiCorp
Heroku
Hetzner
Hostinger
Namecheap
NetApp
Netlify
Nutanix
OVHcloud = OVH
Pure Storage
Rackspace = Rackspace Technology
Railway [ambiguous]
Red Hat
Render [ambiguous]
Scaleway
SUSE
Vercel
VMware
Vultr
Wasabi = Wasabi Technologies [ambiguous]
WP Engine

# --- Hardware, semiconductors and networking ---
AMD = Advanced Micro Devices
Arista Networks = Arista
Arm = Arm Holdings [ambiguous]
ASML
Broadcom
Cisco = Cisco Systems
Dell = Dell Technologies
DJI
Ericsson
F5 = F5 Networks [ambiguous]
Fitbit
Foxconn
Garmin
GoPro
Hewlett Packard Enterprise = HPE
HP = HP Inc., Hewlett-Packard
Intel
Juniper Networks = Juniper [ambiguous]
Lenovo
LG = LG Electronics
Logitech
Marvell = Marvell Technology
Micron = Micron Technology [ambiguous]
Nokia
NVIDIA = Nvidia
Qualcomm
Samsung = Samsung Electronics
Seagate
SK Hynix = SK hynix
Sonos
Sony = Sony Interactive Entertainment, PlayStation
Supermicro = Super Micro Computer
Texas Instruments
TSMC = Taiwan Semiconductor Manufacturing Company
Western Digital
Xiaomi
ZTE

# --- Enterprise software and SaaS ---
37signals = Basecamp
Adobe [ambiguous]
Airtable
Algolia
Asana [ambiguous]
Atlassian
Autodesk
Automattic = WordPress.com
Box [ambiguous]
Calendly
Canva
Celonis
Chargebee
Citrix
ClickUp
Coda [ambiguous]
Contentful
Deel
DocuSign
Dropbox
Evernote
Expensify
Figma
Freshworks = Freshdesk
Grammarly
Gusto [ambiguous]
Hootsuite
HubSpot
Intercom [ambiguous]
Intuit
Linear [ambiguous]
Loom [ambiguous]
Mailchimp
Miro
monday.com = Monday.com
Notion = Notion Labs [ambiguous]
OpenText
Palantir = Palantir Technologies
Personio
Pipedrive
Procore
Qualtrics
RingCentral
Rippling [ambiguous]
Salesforce
Samsara [ambiguous]
SAP
ServiceNow
Sinch
Slack = Slack Technologies [ambiguous]
Smartsheet
Sprout Social
Squarespace
Strapi
SurveyMonkey
Tableau [ambiguous]
Twilio = SendGrid
Typeform
UiPath
Veeva Systems = Veeva
Vonage
Webflow
Wix = Wix.com
Workday [ambiguous]
Wrike
Xero
Zapier
Zendesk
Zoho
Zoom = Zoom Video Communications [ambiguous]

# --- Developer tools and DevOps ---
Apollo GraphQL
Bitrise
Buildkite
CircleCI
Docker = Docker Inc. [ambiguous]
GitHub [ambiguous]
GitLab [ambiguous]
Harness [ambiguous]
Hasura
JetBrains
JFrog
Kong = Kong Inc. [ambiguous]
Postman [ambiguous]
Pulumi
Puppet = Puppet Labs [ambiguous]
Replit = Repl.it
Sourcegraph
Temporal = Temporal Technologies [ambiguous]

# --- Databases and data platforms ---
Aerospike [ambiguous]
Airbyte
Aiven
Alteryx
Astronomer [ambiguous]
ClickHouse = ClickHouse Inc. [ambiguous]
Cloudera
Cockroach Labs
Confluent
Couchbase [ambiguous]
Cribl
Databricks
DataStax
dbt Labs = Fishtown Analytics
Dremio
Elastic = Elastic N.V. [ambiguous]
Fivetran
Hightouch
Hortonworks
InfluxData
Informatica
Instaclustr
MariaDB = MariaDB plc [ambiguous]
MicroStrategy
MongoDB = MongoDB Inc. [ambiguous]
MotherDuck
Neo4j [ambiguous]
Neon [ambiguous]
Pinecone [ambiguous]
PlanetScale
Qlik
Redis = Redis Ltd., Redis Labs [ambiguous]
ScyllaDB [ambiguous]
SingleStore = MemSQL
Snowflake [ambiguous]
Starburst [ambiguous]
Supabase
Talend
Teradata
ThoughtSpot
Timescale = TigerData
Yugabyte
Zilliz

# --- Product analytics, experimentation and marketing tech ---
Amplitude [ambiguous]
Braze [ambiguous]
FullStory
Heap [ambiguous]
Hotjar
Klaviyo
LaunchDarkly
Mixpanel
Optimizely
PostHog
Segment [ambiguous]
Statsig

# --- Observability and incident response ---
Chronosphere
Datadog
Dynatrace
Grafana Labs
Honeycomb [ambiguous]
Logz.io
New Relic
PagerDuty
Rollbar
Sentry [ambiguous]
Splunk
Sumo Logic

# --- Security and identity ---
1Password
Auth0
Chainguard
Check Point = Check Point Software
CrowdStrike
Duo Security
Fortinet
Imperva
Kaspersky
LastPass
Mandiant
McAfee
Netskope
Okta
Palo Alto Networks
Proofpoint
Rapid7
SentinelOne
Snyk
Sonatype
Sophos
Tailscale
Tenable
Trend Micro
Wiz [ambiguous]
Zscaler

# --- AI and machine learning ---
Anthropic
Anyscale
C3.ai
Cerebras = Cerebras Systems
Character.AI
Cohere [ambiguous]
Dataiku
DataRobot
DeepMind = Google DeepMind
DeepSeek
Groq
H2O.ai
Hugging Face
LangChain [ambiguous]
Midjourney
Mistral AI = Mistral [ambiguous]
OpenAI
Perplexity = Perplexity AI [ambiguous]
Replicate [ambiguous]
Runway = Runway ML [ambiguous]
Scale AI
SenseTime
Stability AI
Together AI
Weights & Biases = W&B
xAI

# --- Social networks, messaging and communities ---
Bluesky
Bumble [ambiguous]
Discord
Grindr
Hinge [ambiguous]
Instagram
Kuaishou
LINE = LY Corporation [ambiguous]
LinkedIn
Match Group
Medium [ambiguous]
Nextdoor
OkCupid
Patreon
Pinterest
Quora
Reddit
Signal [ambiguous]
Snap = Snap Inc., Snapchat [ambiguous]
Stack Overflow = Stack Exchange
Substack
Telegram [ambiguous]
TikTok
Tinder [ambiguous]
Tumblr
Twitter = X Corp
Viber
VK = VKontakte
Weibo
WhatsApp
Xiaohongshu
Zhihu

# --- Streaming, music, news and media ---
Axel Springer
BBC
Bilibili
Bloomberg = Bloomberg LP
BuzzFeed
CNN
Condé Nast = Conde Nast
Crunchyroll
Dailymotion
Deezer
Disney = Walt Disney, The Walt Disney Company
Dow Jones
Financial Times
Getty Images
Giphy
Hotstar = JioHotstar
Hulu
Imgur
iQIYI
NBCUniversal
Netflix
News Corp
Pandora [ambiguous]
Paramount = Paramount Global [ambiguous]
Reuters = Thomson Reuters
Roku
Schibsted
Scribd
Shutterstock
SiriusXM = Sirius XM
SoundCloud
Spotify
The Guardian = Guardian Media Group [ambiguous]
The New York Times = New York Times, NYT
The Washington Post = Washington Post
Twitch [ambiguous]
Unsplash
Vimeo
Vox Media
Warner Bros. Discovery = Warner Bros., HBO
Wattpad
YouTube

# --- Gaming ---
Activision Blizzard = Activision
Bandai Namco
Blizzard Entertainment = Blizzard [ambiguous]
Bungie
Capcom
CD Projekt = CD Projekt Red
Electronic Arts
Embracer Group
Epic Games
Garena
Jagex
Konami
Krafton
miHoYo = HoYoverse
Mojang
NCSoft = NCSOFT
NetEase
Nexon
Niantic
Nintendo
Playtika
Riot Games
Roblox
Rovio
Scopely
Sega
Square Enix
Supercell
Take-Two Interactive = Take-Two
Ubisoft
Unity = Unity Technologies [ambiguous]
Valve = Valve Corporation [ambiguous]
Wargaming = Wargaming.net
Zynga

# --- E-commerce and retail ---
Adidas
Albertsons
Allegro [ambiguous]
ASOS
Avito
Back Market
Best Buy
BigCommerce
Bol.com
Carousell
Carrefour
Chewy [ambiguous]
Chipotle [ambiguous]
Costco
Coupang
CVS Health = CVS
Depop
Domino's Pizza = Domino's
eBay
Etsy
Farfetch
Flipkart
Groupon
Gumroad
H&M
Home Depot = The Home Depot
IKEA
Inditex = Zara
JD.com
Jumia
Kroger
Lazada
Lowe's
Lululemon
Macy's
Marks & Spencer
McDonald's
Meesho
Mercado Libre = MercadoLibre
Mercari
Myntra
Newegg
Nike
Nordstrom
Ocado
OLX
Otto Group
Ozon
PDD Holdings = Pinduoduo, Temu
Peloton [ambiguous]
Poshmark
Rakuten
Sainsbury's
Sephora
Shein = SHEIN
Shopee
Shopify
Starbucks
Stitch Fix
StockX
Target [ambiguous]
Tesco
Tokopedia
Trendyol
Uniqlo = Fast Retailing
Vinted
Walgreens
Walmart = Walmart Global Tech, Walmart Labs
Warby Parker
Wayfair
Zalando
Zappos

# --- Ride-hailing, mobility and delivery ---
BlaBlaCar
Bolt [ambiguous]
Cabify
Careem
Deliveroo
Delivery Hero = Foodpanda
DiDi = Didi, Didi Chuxing
DoorDash
FlixBus = Flix
Getir
Glovo
Gojek = GoTo
Gopuff
Grab [ambiguous]
Grubhub
HelloFresh
iFood
Instacart
Just Eat Takeaway = Just Eat, Takeaway.com
Lime [ambiguous]
Lyft
Meituan
Ola
Postmates
Rappi
Sixt
Swiggy
Turo
Uber = Uber Eats, Uber Freight
Wolt
Zomato

# --- Travel, airlines and hospitality ---
Accor
Agoda
Air France
Airbnb
Alaska Airlines
Amadeus [ambiguous]
American Airlines
Booking.com = Booking Holdings
British Airways
Delta Air Lines = Delta [ambiguous]
Despegar
easyJet
Expedia = Expedia Group
GetYourGuide
Hilton
Hopper [ambiguous]
Hyatt
JetBlue
Kayak [ambiguous]
KLM
Lufthansa
MakeMyTrip
Marriott = Marriott International
OYO = OYO Rooms
Qantas
Ryanair
Sabre [ambiguous]
Singapore Airlines
Skyscanner
Southwest Airlines
Trainline
Traveloka
Trip.com = Ctrip
Tripadvisor = TripAdvisor
Trivago = trivago
United Airlines
Vrbo

# --- Fintech and payments ---
Adyen
Affirm [ambiguous]
Afterpay
Airwallex
American Express = Amex
Ant Group = Ant Financial, Alipay
Block = Square, Block Inc. [ambiguous]
Brex
Carta
Checkout.com
Chime [ambiguous]
CRED
Discover Financial
dLocal
FIS
Fiserv
Flutterwave
GoCardless
Klarna
Lemonade [ambiguous]
Mambu
Marqeta
Mastercard
Mollie
MoneyGram
Monzo
N26
Nubank
Payoneer
PayPal = Braintree, Venmo
Paystack
Paytm
PhonePe
PicPay
Plaid [ambiguous]
Ramp [ambiguous]
Rapyd
Razorpay
Remitly
Revolut
Robinhood
SoFi
Starling Bank = Starling
Stripe
Toast [ambiguous]
Trade Republic
Visa [ambiguous]
Wealthfront
Wealthsimple
Western Union
Wise = TransferWise [ambiguous]
Worldpay
Zerodha

# --- Crypto ---
Binance
Bitpanda
Bitstamp
Chainalysis
Circle [ambiguous]
Coinbase
ConsenSys = Consensys
Crypto.com
FTX
Kraken [ambiguous]
Ledger [ambiguous]
OKX
Ripple [ambiguous]
Tether [ambiguous]

# --- Banks, trading firms, exchanges and insurance ---
Allianz
Allstate
Aviva
AXA
Bank of America = BofA
Barclays
BBVA
BlackRock
BNP Paribas
BNY = BNY Mellon, Bank of New York Mellon
Bridgewater Associates = Bridgewater
Capital One
Cboe = Cboe Global Markets
Charles Schwab = Schwab
Citadel = Citadel Securities [ambiguous]
Citi = Citigroup, Citibank
CME Group
Commonwealth Bank
Credit Suisse
DBS Bank = DBS
Deutsche Bank
Deutsche Börse = Deutsche Boerse
Equifax
Euronext
Experian
Fidelity Investments = Fidelity [ambiguous]
GEICO = Geico
Goldman Sachs
HDFC Bank
HSBC
Hudson River Trading
ICICI Bank
ING = ING Group
Intercontinental Exchange
Jane Street
JPMorgan Chase = JPMorgan, J.P. Morgan, JP Morgan
Jump Trading
Liberty Mutual
Lloyds Banking Group = Lloyds
London Stock Exchange Group = LSEG, London Stock Exchange
Macquarie = Macquarie Group
MetLife
Moody's
Morgan Stanley
Nasdaq
NatWest
Nomura
NYSE = New York Stock Exchange
Optiver
Prudential
Renaissance Technologies
Royal Bank of Canada = RBC
S&P Global = Standard & Poor's
Santander
Société Générale = Societe Generale
Standard Chartered
State Farm
State Street
TransUnion
Two Sigma
UBS
Vanguard [ambiguous]
Wells Fargo

# --- Telecom ---
AT&T
Bharti Airtel = Airtel
BT Group
Charter Communications
China Mobile
Comcast = Xfinity
Deutsche Telekom
Jio = Reliance Jio
KDDI
Lumen Technologies = CenturyLink
NTT = NTT Data, NTT Docomo
Orange [ambiguous]
Rogers Communications
Safaricom = M-Pesa
Singtel
SoftBank
Swisscom
T-Mobile
Telefónica = Telefonica
Telenor
Telstra
Verizon
Vodafone

# --- Consulting and IT services ---
Accenture
Andela
Atos
Bain & Company
Boston Consulting Group = BCG
Capgemini
Cognizant
Deloitte
DXC Technology
EPAM = EPAM Systems
EY = Ernst & Young
Genpact
Globant
HCLTech = HCL Technologies
Infosys
KPMG
Kyndryl
McKinsey = McKinsey & Company
PwC = PricewaterhouseCoopers
Tata Consultancy Services = TCS
Thoughtworks = ThoughtWorks
Toptal
Wipro

# --- Automotive, aerospace, energy and industry ---
3M
ABB
Airbus
Anduril
Blue Origin
BMW
Boeing
Bosch
BYD
Caterpillar [ambiguous]
Chevron
ExxonMobil
Ford = Ford Motor Company
General Electric = GE
General Motors
Honda
Honeywell
Hyundai
John Deere = Deere
Lockheed Martin
Mercedes-Benz
Mobileye
NIO
Nissan
Northrop Grumman
Philips
Polestar
Porsche
Rivian
Rocket Lab
Rolls-Royce
RTX = Raytheon
Schneider Electric
Shell [ambiguous]
Siemens
SpaceX
Stellantis
Tesla
Toyota
Volkswagen = VW
Volvo
Waymo
Zoox

# --- Logistics and shipping ---
DHL
FedEx
Flexport
Maersk
Royal Mail
Shippo
UPS [ambiguous]

# --- Health and life sciences ---
23andMe
AstraZeneca
Cerner
Doctolib
Epic Systems
Flatiron Health
Hims & Hers
Illumina
Johnson & Johnson
Kaiser Permanente
Medtronic
Moderna
Noom
Novartis
One Medical
Oscar Health
Pfizer
Roche
Teladoc = Teladoc Health
UnitedHealth Group = UnitedHealthcare, Optum
Zocdoc

# --- Education ---
Babbel
BYJU'S = Byju's
Chegg
Codecademy
Course Hero
Coursera
Duolingo
edX
Instructure
MasterClass
Pluralsight
Quizlet
Skillshare
Udacity
Udemy
Unacademy

# --- Marketplaces, jobs, real estate and local services ---
CarGurus
Carvana
Craigslist
Eventbrite
Fiverr
Glassdoor
GoFundMe
Indeed [ambiguous]
Indiegogo
Kavak
Kickstarter
Opendoor
OpenTable
QuintoAndar
Redfin
Rightmove
StubHub
TaskRabbit
Thumbtack [ambiguous]
Ticketmaster
Upwork
Yelp [ambiguous]
Zillow
ZipRecruiter

# --- Non-profits that articles cite like companies ---
Internet Archive
Khan Academy
Mozilla = Mozilla Foundation, Mozilla Corporation
Wikipedia = Wikimedia, Wikimedia Foundation

"""#,
    ]
}
