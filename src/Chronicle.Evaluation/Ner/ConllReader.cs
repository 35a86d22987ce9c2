using System.Text;
using Chronicle.Recognizers.Names;

namespace Chronicle.Evaluation.Ner;

/// <summary>
/// Reads CoNLL-2003 files (<c>token POS chunk NER</c> per line, IOB1 tags, blank line between sentences,
/// <c>-DOCSTART-</c> between documents). Only the tokens and the NER column are kept: the gold POS and chunk
/// columns are not available at run time, so the model must not learn from them.
/// </summary>
public static class ConllReader
{
    /// <summary>Reads every document of a file: its tokens joined by spaces, one line per sentence.</summary>
    public static IReadOnlyList<TrainingDocument> Read(string path)
    {
        var documents = new List<TrainingDocument>();
        var builder = new DocumentBuilder();
        foreach (var line in File.ReadLines(path))
        {
            if (line.StartsWith("-DOCSTART-", StringComparison.Ordinal))
            {
                builder.Flush(documents);
                continue;
            }
            if (string.IsNullOrWhiteSpace(line))
            {
                builder.EndSentence();
                continue;
            }
            var parts = line.Split(' ');
            builder.Add(parts[0], parts[^1]);
        }
        builder.Flush(documents);
        return documents;
    }

    /// <summary>Reads IOB1 tags (<c>I-X</c> continues an X name, <c>B-X</c> starts one right after another X).</summary>
    public static NameClass? ClassOf(string tag)
    {
        ArgumentNullException.ThrowIfNull(tag);
        return tag.Length < 3 ? null : tag[2..] switch
        {
            "PER" => NameClass.Per,
            "ORG" => NameClass.Org,
            "LOC" => NameClass.Loc,
            "MISC" => NameClass.Misc,
            _ => null,
        };
    }

    private sealed class DocumentBuilder
    {
        private readonly StringBuilder _text = new();
        private readonly List<Token> _tokens = [];
        private readonly List<Sentence> _sentences = [];
        private readonly List<NameSpan> _names = [];
        private int _sentenceStart;
        private int _sentenceOffset;
        private (int First, NameClass Class)? _open;

        public void Add(string word, string tag)
        {
            var cls = ClassOf(tag);
            var index = _tokens.Count;
            if (_open is { } open && (cls != open.Class || tag[0] == 'B'))
            {
                Close(index);
            }
            if (cls is { } c && _open is null)
            {
                _open = (index, c);
            }
            if (_text.Length > _sentenceOffset)
            {
                _text.Append(' ');
            }
            var start = _text.Length;
            _text.Append(word);
            var kind = char.IsLetter(word[0]) ? TokenKind.Word : char.IsDigit(word[0]) ? TokenKind.Number : TokenKind.Punctuation;
            _tokens.Add(new Token(new TextSpan(start, _text.Length), kind));
        }

        public void EndSentence()
        {
            Close(_tokens.Count);
            if (_tokens.Count == _sentenceStart)
            {
                return;
            }
            _sentences.Add(new Sentence(new TextSpan(_sentenceOffset, _text.Length), _sentenceStart, _tokens.Count - _sentenceStart));
            _text.Append('\n');
            _sentenceStart = _tokens.Count;
            _sentenceOffset = _text.Length;
        }

        public void Flush(List<TrainingDocument> into)
        {
            EndSentence();
            if (_tokens.Count > 0)
            {
                into.Add(new TrainingDocument(_text.ToString(), [.. _tokens], [.. _sentences], [.. _names]));
            }
            _text.Clear();
            _tokens.Clear();
            _sentences.Clear();
            _names.Clear();
            _sentenceStart = 0;
            _sentenceOffset = 0;
        }

        private void Close(int end)
        {
            if (_open is { } open)
            {
                _names.Add(new NameSpan(open.First, end - open.First, open.Class));
                _open = null;
            }
        }
    }
}
