using Chronicle.Recognizers.Names;

namespace Chronicle.Recognizers.Tests.Names;

/// <summary>Loads the committed model once for all tests of a class.</summary>
public sealed class ModelFixture
{
    public ModelFixture()
    {
        Model = NameModelFile.Load(Path.Combine(RepositoryRoot(), "data", "ner", "ner-model.bin.gz"));
        Recognizer = new NameRecognizer(Model);
    }

    public NameModel Model { get; }

    public NameRecognizer Recognizer { get; }

    public static string RepositoryRoot() => Chronicle.Testing.RepositoryPaths.Root;

    public IReadOnlyList<(string Text, EntityType Type, string Canonical)> Find(string text)
    {
        var document = new Document("test", null, null, text);
        var found = Recognizer.Run(document, SimpleTokenizer.Tokenize(text));
        return found.Entities.Select(e => (text[e.Span.Start..e.Span.End], e.Type, e.Canonical)).ToList();
    }
}
