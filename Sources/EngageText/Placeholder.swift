public enum TextPlaceholder {}
