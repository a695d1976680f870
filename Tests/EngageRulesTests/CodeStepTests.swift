@testable import EngageRules
import XCTest

/// `NumberedStepsCheck.codeSteps`: a numbered step inside a code sample is
/// the line's opening label after any comment marker, whatever the language.
final class CodeStepTests: XCTestCase {
    private func check(labels: [String] = ["step", "phase"]) throws -> NumberedStepsCheck {
        try NumberedStepsCheck(params: RuleParams(["verbs": ["run"], "labels": labels, "code": true], origin: "test", line: nil))
    }

    func testCommentLinesOpeningWithANumberedLabelAreSteps() throws {
        let code = """
        # Step 1: start the database
        docker compose up -d
        // Step 2 - send the request
        -- STEP 3: check the rows
        /* Phase 4 */ cleanup()
        ; step five: done
        """
        XCTAssertEqual(try check().codeSteps(code).count, 5)
    }

    func testLabelsWithoutANumberOrInsideALineAreNot() throws {
        let code = """
        # Step: validate the input
        validate(order) # step 1 of the pipeline
        let stepCount = 2
        # The next step 3 times
        """
        XCTAssertEqual(try check().codeSteps(code), [])
        // Code that names a step is not a comment: no step.
        XCTAssertEqual(try check().codeSteps("step = 1\nstep_1 = load()\nstep += 1\nstep: 2\nphase 3\n"), [])
        // Only the configured labels open a step.
        XCTAssertEqual(try check(labels: ["step"]).codeSteps("# Phase 1: dual-write\n# Phase 2: backfill\n"), [])
    }

    func testLabelsAreSingleWords() {
        XCTAssertThrowsError(try check(labels: ["part step"]))
        XCTAssertThrowsError(try check(labels: []))
    }
}
