using System.Collections.Immutable;
using System.Globalization;
using System.Xml.Linq;

namespace Chronicle.Evaluation.Geo;

/// <summary>A gold place name: its span in the article and where it is.</summary>
/// <param name="Span">Where the name is.</param>
/// <param name="Latitude">Gold latitude.</param>
/// <param name="Longitude">Gold longitude.</param>
public sealed record GoldToponym(TextSpan Span, double Latitude, double Longitude);

/// <summary>An article of a geoparsing corpus with its gold toponyms.</summary>
/// <param name="Text">The article text the spans refer to.</param>
/// <param name="Toponyms">Gold toponyms that have coordinates, in text order.</param>
public sealed record GeoArticle(string Text, ImmutableArray<GoldToponym> Toponyms);

/// <summary>Reads LGL (<c>toponyms/toponym/gaztag</c>) and GeoVirus (<c>locations/location</c>) XML.</summary>
public static class GeoCorpus
{
    /// <summary>All articles of the file, in file order.</summary>
    public static ImmutableArray<GeoArticle> Read(string xmlFile)
    {
        var root = XDocument.Load(xmlFile).Root ?? throw new InvalidDataException(xmlFile + " has no root element");
        var articles = ImmutableArray.CreateBuilder<GeoArticle>();
        foreach (var article in root.Elements("article"))
        {
            var text = (string?)article.Element("text") ?? "";
            var gold = ImmutableArray.CreateBuilder<GoldToponym>();
            foreach (var t in article.Elements("toponyms").Elements("toponym"))
            {
                var tag = t.Element("gaztag");
                if (tag?.Element("lat") is { } lat && tag.Element("lon") is { } lon)
                {
                    Add(gold, text, t, lat, lon);
                }
            }

            foreach (var l in article.Elements("locations").Elements("location"))
            {
                if (l.Element("lat") is { } lat && l.Element("lon") is { } lon)
                {
                    Add(gold, text, l, lat, lon);
                }
            }

            gold.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
            articles.Add(new GeoArticle(text, gold.ToImmutable()));
        }

        return articles.ToImmutable();
    }

    private static bool Fits(string text, int start, int end, string name) =>
        start >= 0 && end <= text.Length && end - start == name.Length
        && text.AsSpan(start, end - start).Equals(name, StringComparison.Ordinal);

    private static void Add(ImmutableArray<GoldToponym>.Builder gold, string text, XElement e, XElement lat, XElement lon)
    {
        var start = int.Parse((string)e.Element("start")!, CultureInfo.InvariantCulture);
        var end = int.Parse((string)e.Element("end")!, CultureInfo.InvariantCulture);
        // GeoVirus offsets are sometimes shifted by a character or two: realign on the gold name.
        var name = (string?)e.Element("name") ?? (string?)e.Element("phrase");
        if (name is not null && !Fits(text, start, end, name))
        {
            for (var shift = 1; shift <= 3; shift++)
            {
                if (Fits(text, start - shift, start - shift + name.Length, name))
                {
                    (start, end) = (start - shift, start - shift + name.Length);
                    break;
                }

                if (Fits(text, start + shift, start + shift + name.Length, name))
                {
                    (start, end) = (start + shift, start + shift + name.Length);
                    break;
                }
            }
        }

        if (start < 0 || end > text.Length || start >= end)
        {
            return;
        }

        gold.Add(new GoldToponym(new TextSpan(start, end),
            double.Parse(lat.Value, CultureInfo.InvariantCulture), double.Parse(lon.Value, CultureInfo.InvariantCulture)));
    }
}
