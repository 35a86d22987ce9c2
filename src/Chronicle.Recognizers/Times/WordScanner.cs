using System.Buffers;

namespace Chronicle.Recognizers.Times;

/// <summary>
/// Splits text into letter runs, digit runs (keeping <c>2022-02-24</c>, <c>24/02/2022</c>, <c>3:30</c> and
/// <c>1,500</c> whole) and single punctuation marks. The time recogniser scans for itself, so that it does not
/// depend on the tokenizer and stays a single pass over the characters.
/// </summary>
internal static class WordScanner
{
    /// <summary>Fills <paramref name="words"/> (rented from the shared pool, replaced by a larger rented one when full).</summary>
    public static int Scan(string text, TimeLexicon lexicon, ref Word[] words)
    {
        var count = 0;
        var i = 0;
        var attached = false;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                attached = false;
                i++;
                continue;
            }

            var start = i;
            WordShape shape;
            if (char.IsLetter(c))
            {
                while (i < text.Length && char.IsLetter(text[i]))
                {
                    i++;
                }

                shape = WordShape.Letters;
            }
            else if (char.IsAsciiDigit(c))
            {
                i++;
                while (i < text.Length && (char.IsAsciiDigit(text[i])
                       || (IsInnerSeparator(text[i]) && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1]))))
                {
                    i++;
                }

                shape = WordShape.Digits;
            }
            else
            {
                i++;
                shape = WordShape.Punctuation;
            }

            if (count == words.Length)
            {
                var larger = ArrayPool<Word>.Shared.Rent(words.Length * 2);
                words.AsSpan(0, count).CopyTo(larger);
                ArrayPool<Word>.Shared.Return(words);
                words = larger;
            }

            var entry = shape == WordShape.Letters ? lexicon.Lookup(text.AsSpan(start, i - start)) : default;
            words[count++] = new Word(start, i, shape, attached, entry);
            attached = true;
        }

        return count;
    }

    private static bool IsInnerSeparator(char c) => c is '-' or '/' or ':' or ',' or '.';
}
