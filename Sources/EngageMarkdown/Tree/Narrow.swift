/// An Int stored in a narrower integer (clamped, never trapping), so that a
/// record holding many small counts stays small.
@propertyWrapper
struct Narrow<Storage: FixedWidthInteger> {
    private var stored: Storage

    init(wrappedValue: Int) { stored = Storage(clamping: wrappedValue) }

    var wrappedValue: Int {
        get { Int(stored) }
        set { stored = Storage(clamping: newValue) }
    }
}
