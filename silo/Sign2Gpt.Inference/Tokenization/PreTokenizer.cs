using System.Globalization;
using System.Text;

namespace Sign2Gpt.Inference.Tokenization;

/// <summary>
/// Splits NFC text into <see cref="PreToken"/>s without allocating. Whitespace separates words and is dropped.
/// Inside a word, a run of letters, a run of other characters (punctuation, symbols, emoji) and each single
/// digit form their own pre-token, so merges never glue punctuation to words and numbers are spelled digit by
/// digit (the LM then sees "12" and "21" built from the same pieces). Combining marks stay with what precedes
/// them. Scripts without spaces (Chinese) form one letter run per space-free stretch, inside which merges can
/// learn multi-character words.
/// </summary>
internal static class PreTokenizer
{
    public static Enumerator Split(ReadOnlySpan<char> text) => new(text);

    private enum Kind
    {
        Space,
        Letter,
        Digit,
        Mark,
        Other,
    }

    private static Kind Classify(Rune rune)
    {
        if (Rune.IsWhiteSpace(rune))
        {
            return Kind.Space;
        }

        if (Rune.IsLetter(rune))
        {
            return Kind.Letter;
        }

        if (Rune.IsDigit(rune))
        {
            return Kind.Digit;
        }

        return Rune.GetUnicodeCategory(rune) switch
        {
            UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark => Kind.Mark,
            _ => Kind.Other,
        };
    }

    private static Kind Peek(ReadOnlySpan<char> text, out int length)
    {
        Rune.DecodeFromUtf16(text, out var rune, out length);
        return Classify(rune);
    }

    public ref struct Enumerator
    {
        private readonly ReadOnlySpan<char> _text;
        private int _position;
        private bool _afterSpace;

        internal Enumerator(ReadOnlySpan<char> text)
        {
            _text = text;
            _afterSpace = true;
        }

        public PreToken Current { get; private set; }

        public readonly Enumerator GetEnumerator() => this;

        public bool MoveNext()
        {
            int length;
            Kind kind;
            while (true)
            {
                if (_position >= _text.Length)
                {
                    return false;
                }

                kind = Peek(_text[_position..], out length);
                if (kind != Kind.Space)
                {
                    break;
                }

                _afterSpace = true;
                _position += length;
            }

            var start = _position;
            _position += length;
            var run = kind == Kind.Mark ? Kind.Other : kind;
            while (_position < _text.Length)
            {
                var next = Peek(_text[_position..], out length);
                var continues = next == Kind.Mark || (next == run && run != Kind.Digit);
                if (!continues)
                {
                    break;
                }

                _position += length;
            }

            Current = new PreToken(start, _position - start, _afterSpace);
            _afterSpace = false;
            return true;
        }
    }
}
