namespace Chronicle.Ingest.Tests;

/// <summary>The readers over the shared corpora (read from <c>../shared</c>, skipped when absent).</summary>
public sealed class CorpusTests
{
    [Fact]
    public void Every_bbc_article_is_read_and_nearly_all_get_their_headline_as_title()
    {
        var directory = SharedPath("corpora/news/bbc/news");
        var expander = new InputExpander(DocumentReaders.CreateDefault(ReaderLimits.Default), null, () => Stream.Null);

        var results = expander.Read([directory]).ToList();

        results.OfType<ReadFailure>().ShouldBeEmpty();
        var titled = results.Cast<DocumentRead>().Count(r => r.Document.Title is not null);
        ((double)titled / results.Count).ShouldBeGreaterThanOrEqualTo(0.995); // measured 2093 of 2095
    }

    [Fact]
    public void Every_seed_article_is_one_document()
    {
        var directory = SharedPath("seeds");
        var expander = new InputExpander(DocumentReaders.CreateDefault(ReaderLimits.Default), null, () => Stream.Null);

        var results = expander.Read([directory]).ToList();

        results.ShouldNotBeEmpty();
        results.ShouldAllBe(r => r is DocumentRead);
    }

    private static string SharedPath(string relative)
    {
        var path = Path.Combine(Chronicle.Testing.RepositoryPaths.Shared, relative);
        if (!Directory.Exists(path))
        {
            Assert.Skip($"{relative} is not in ../shared");
        }

        return path;
    }
}
