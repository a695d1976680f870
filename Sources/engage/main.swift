import EngageCLI
import Foundation

exit(EngageCommandLine.run(arguments: Array(CommandLine.arguments.dropFirst())))
