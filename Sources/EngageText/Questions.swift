/// Questions put to the reader (cta/discussion, problem/validation's
/// "Sound familiar?"): sentences whose terminator includes `?`.
///
/// Built on `Sentences`, so `?` inside URLs (`?page=2`) and code placeholders
/// never counts, and `?!` is a question.
public enum Questions {
    /// The question sentences of `text`, in order.
    public static func find(in text: String) -> [Sentence] {
        Sentences.split(text).filter(\.isQuestion)
    }

    public static func count(in text: String) -> Int {
        find(in: text).count
    }
}
