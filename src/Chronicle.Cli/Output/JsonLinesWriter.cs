using Chronicle.Contract;

namespace Chronicle.Cli.Output;

/// <summary>One JSON object per line: the output contract.</summary>
internal sealed class JsonLinesWriter(TextWriter output) : IArticleWriter
{
    public void Write(ArticleJson article) => output.WriteLine(ContractJson.ToLine(article));

    public void Complete() => output.Flush();
}
