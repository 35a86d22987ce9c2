using System.IO.Compression;
using System.Text;
using Chronicle.Text.Learning;
using Chronicle.Testing;

namespace Chronicle.Text.Tests.Learning;

public sealed class WordClustersTests
{
    [Fact]
    public void Words_are_looked_up_by_span_in_any_case()
    {
        var clusters = WordClusters.Load(Gzip("argued\t7\t2\ninsisted\t7\t2\nthe\t0\t1\n"));

        clusters.ClassOf("Insisted".AsSpan()).ShouldBe(7);
        clusters.CoarseClassOf("argued ".AsSpan()[..6]).ShouldBe(2);
        clusters.ClassOf("THE").ShouldBe(0);
        clusters.ClassOf("unheard").ShouldBe(-1);
        clusters.ClassOf("").ShouldBe(-1);
        clusters.Classes.ShouldBe(8);
        clusters.CoarseClasses.ShouldBe(3);
        clusters.Count.ShouldBe(3);
    }

    [Fact]
    public void A_malformed_line_is_refused()
    {
        Should.Throw<InvalidDataException>(() => WordClusters.Load(Gzip("argued 7\n")));
    }

    [Fact]
    public void The_shipped_clusters_put_reporting_verbs_together()
    {
        var clusters = WordClusters.Load(Path.Combine(RepositoryPaths.Root, "data", "clusters", "clusters.tsv.gz"));

        clusters.Count.ShouldBeGreaterThan(30_000);
        clusters.ClassOf("insisted").ShouldBe(clusters.ClassOf("argued"));
        clusters.ClassOf("warned").ShouldBe(clusters.ClassOf("claimed"));
        clusters.ClassOf("insisted").ShouldNotBe(clusters.ClassOf("the"));
    }

    private static MemoryStream Gzip(string text)
    {
        var stream = new MemoryStream();
        using (var gzip = new GZipStream(stream, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(Encoding.UTF8.GetBytes(text));
        }
        stream.Position = 0;
        return stream;
    }
}
