using Chronicle.Recognizers.Places;

namespace Chronicle.Recognizers.Tests.Places;

public sealed class GazetteerFileTests
{
    private static Gazetteer RoundTrip(IReadOnlyList<GazetteerRow> rows)
    {
        var path = Path.Combine(Path.GetTempPath(), "chronicle-gazetteer-" + Guid.NewGuid().ToString("N") + ".bin.gz");
        try
        {
            using (var file = File.Create(path))
            {
                GazetteerFile.Write(file, rows);
            }

            return Gazetteer.Load(path);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static readonly GazetteerRow[] Rows =
    [
        new(new GazetteerEntry(0, "Northland", "NL", "", 52.25, 5.75, 17_000_000, "PCLI", GeoPrecision.Country), ["Kingdom of Northland"], ["Northlander"]),
        new(new GazetteerEntry(101, "Brookfield", "NL", "07", 52.37403, 4.88969, 741_636, "PPLC", GeoPrecision.City), ["Brukveld", "Brøkfeld"], []),
        new(new GazetteerEntry(102, "Brookfield", "US", "WI", 43.06057, -88.10648, 37_920, "PPL", GeoPrecision.City), [], []),
        new(new GazetteerEntry(0, "Dune County", "US", "TX", -33.5, -70.25, 1_200, "ADM2", GeoPrecision.City), [], []),
    ];

    [Fact]
    public void Entries_read_back_as_written()
    {
        var gazetteer = RoundTrip(Rows);
        gazetteer.Count.ShouldBe(Rows.Length);
        for (var i = 0; i < Rows.Length; i++)
        {
            gazetteer.Entry(i).ShouldBe(Rows[i].Entry);
        }
    }

    [Fact]
    public void Names_are_found_in_any_case_with_every_entry_bearing_them()
    {
        var gazetteer = RoundTrip(Rows);
        gazetteer.Find("brookfield").ToArray().ShouldBe([1, 2]);
        gazetteer.Find("BRØKFELD").ToArray().ShouldBe([1]);
        gazetteer.Find("kingdom of northland").ToArray().ShouldBe([0]);
        gazetteer.Contains("Brook").ShouldBeFalse();
        gazetteer.Contains("").ShouldBeFalse();
        gazetteer.Contains(new string('x', 500)).ShouldBeFalse();
    }

    [Fact]
    public void A_name_wrapped_across_lines_is_found_as_written_on_one()
    {
        var gazetteer = RoundTrip(Rows);
        gazetteer.Find("Kingdom of\nNorthland").ToArray().ShouldBe([0]);
        gazetteer.Find("Dune\r\n   County").ToArray().ShouldBe([3]);
        gazetteer.Contains("DuneCounty").ShouldBeFalse();
    }

    [Fact]
    public void Countries_and_demonyms_are_indexed()
    {
        var gazetteer = RoundTrip(Rows);
        gazetteer.Country("NL")!.Name.ShouldBe("Northland");
        gazetteer.Country("US").ShouldBeNull();
        gazetteer.CountryOfDemonym("Northlanders").ShouldBe("NL");
    }

    [Fact]
    public void A_file_of_another_kind_is_refused()
    {
        var path = Path.Combine(Path.GetTempPath(), "chronicle-not-a-gazetteer-" + Guid.NewGuid().ToString("N") + ".gz");
        try
        {
            using (var file = File.Create(path))
            using (var gzip = new System.IO.Compression.GZipStream(file, System.IO.Compression.CompressionLevel.Fastest))
            {
                gzip.Write(new byte[64]);
            }

            Should.Throw<InvalidDataException>(() => Gazetteer.Load(path));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
