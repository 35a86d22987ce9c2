using System.Text.Json;
using Chronicle.Contract;

namespace Chronicle.Cli.Output;

/// <summary>A pretty-printed JSON array of articles, written as they come.</summary>
internal sealed class JsonArrayWriter(TextWriter output) : IArticleWriter
{
    private bool _first = true;

    public void Write(ArticleJson article)
    {
        output.Write(_first ? "[\n" : ",\n");
        _first = false;
        output.Write(JsonSerializer.Serialize(article, ContractJson.Indented.ArticleJson));
    }

    public void Complete()
    {
        output.WriteLine(_first ? "[]" : "\n]");
        output.Flush();
    }
}
