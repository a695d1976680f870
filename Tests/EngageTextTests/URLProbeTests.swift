@testable import EngageText
import XCTest

/// The scanner's URL flag lets every word skip the URL probe. It may be set
/// without a URL, but never be clear where URLSpans would find one.
final class URLProbeTests: XCTestCase {
    func testTheFlagIsSetWhereverAURLOrAddressIsFound() {
        let texts = ["See https://example.com/a.", "Mail MAILTO:me@x.io now", "go to www.example.org", "ftp://files.x/y",
                     "file:///etc/hosts", "Problem: it is slow. Fix: cache it.", "ratio 3:1 and 10:30 am", "mailto: nobody",
                     "a://b", "HTTP://X.Y", "e-mail a@b.co", "Www.Example.com", "::: note", "x:/y"]
        // URLSpans' prefixes, searched for plainly (the probe itself is gated by the flag).
        let prefixes = ["https://", "http://", "ftp://", "file://", "mailto:", "www."]
        for text in texts where prefixes.contains(where: text.lowercased().contains) {
            XCTAssertTrue(UTF8Scanner(text).mayHoldURL, text.debugDescription)
        }
        XCTAssertFalse(UTF8Scanner("Problem: it is slow. Fix: cache it.").mayHoldURL)
        XCTAssertFalse(UTF8Scanner("ratio 3:1 at 10:30").mayHoldURL)
        XCTAssertTrue(UTF8Scanner("see https://x.y").mayHoldURL)
        XCTAssertTrue(UTF8Scanner("write to mailto:a@b.c").mayHoldURL)
        XCTAssertTrue(UTF8Scanner("or www.x.y").mayHoldURL)
    }
}
