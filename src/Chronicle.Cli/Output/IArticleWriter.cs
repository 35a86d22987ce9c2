using Chronicle.Contract;

namespace Chronicle.Cli.Output;

/// <summary>Writes analysed articles to standard output in one format.</summary>
internal interface IArticleWriter
{
    void Write(ArticleJson article);

    void Complete();
}
