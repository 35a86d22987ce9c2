using System.Diagnostics;
using System.Globalization;
using Chronicle.Recognizers.Places;

namespace Chronicle.Evaluation.Geo;

/// <summary>Figures of one geoparsing run.</summary>
/// <param name="Resolution">Resolution of the gold place names.</param>
/// <param name="Precision">End-to-end recognition precision (a found span overlapping a gold one counts).</param>
/// <param name="Recall">End-to-end recognition recall.</param>
/// <param name="F1">Harmonic mean of precision and recall.</param>
/// <param name="Matched">Resolution of the found names that match gold ones.</param>
public sealed record GeoScores(ErrorSummary Resolution, double Precision, double Recall, double F1, ErrorSummary Matched);

/// <summary><c>chronicle eval geo FILE.xml</c>: resolution on gold names, then end-to-end recognition.</summary>
public static class GeoEvaluation
{
    /// <summary>Scores the gazetteer and resolver on an LGL or GeoVirus file and prints the figures.</summary>
    public static GeoScores Run(string xmlFile, Gazetteer gazetteer, TextWriter output, bool verbose)
    {
        ArgumentNullException.ThrowIfNull(gazetteer);
        ArgumentNullException.ThrowIfNull(output);
        var articles = GeoCorpus.Read(xmlFile);
        var resolver = new PlaceResolver(gazetteer);
        var recognizer = new PlaceRecognizer(gazetteer);
        var goldErrors = new List<double>();
        var matchedErrors = new List<double>();
        int found = 0, correct = 0, gold = 0;
        var clock = Stopwatch.StartNew();
        for (var a = 0; a < articles.Length; a++)
        {
            var article = articles[a];
            var places = resolver.Resolve(article.Text, [.. article.Toponyms.Select(t => t.Span)]);
            for (var i = 0; i < places.Length; i++)
            {
                var error = Error(places[i], article.Toponyms[i]);
                goldErrors.Add(error);
                if (verbose && error > 161)
                {
                    var t = article.Toponyms[i];
                    output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"  miss {article.Text[t.Span.Start..t.Span.End]} -> {places[i]?.Name} {places[i]?.Country}/{places[i]?.Admin1} ({error:0} km; gold {t.Latitude:0.##},{t.Longitude:0.##}; article {a}){Candidates(gazetteer, article.Text[t.Span.Start..t.Span.End], t)}"));
                }
            }

            var document = new Document("eval", null, null, article.Text);
            var predicted = recognizer.Run(document, Annotations.Empty).Places;
            found += predicted.Length;
            gold += article.Toponyms.Length;
            foreach (var p in predicted)
            {
                var match = article.Toponyms.FirstOrDefault(t => t.Span.Overlaps(p.Span));
                if (match is not null)
                {
                    correct++;
                    matchedErrors.Add(Error(p.Place, match));
                }
                else if (verbose)
                {
                    output.WriteLine("  extra " + article.Text[p.Span.Start..p.Span.End]);
                }
            }
        }

        var precision = found == 0 ? 0 : correct / (double)found;
        var recall = gold == 0 ? 0 : Math.Min(1, correct / (double)gold);
        var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        var scores = new GeoScores(ErrorSummary.Of(goldErrors), precision, recall, f1, ErrorSummary.Of(matchedErrors));
        Print(output, Path.GetFileName(xmlFile), articles.Length, scores, clock.Elapsed);
        return scores;
    }

    // The first candidates of the name with how far each lies from gold: tells a ranking error from a missing entry.
    private static string Candidates(Gazetteer gazetteer, string name, GoldToponym gold)
    {
        var found = gazetteer.Find(name.Trim());
        var shown = new List<string>();
        for (var i = 0; i < found.Length && shown.Count < 6; i++)
        {
            var e = gazetteer.Entry(found[i]);
            shown.Add(string.Create(CultureInfo.InvariantCulture,
                $"{e.Name} {e.Country}/{e.Admin1} {e.FeatureCode} {e.Population} {GeoMath.DistanceKm(e.Latitude, e.Longitude, gold.Latitude, gold.Longitude):0}km"));
        }

        var nearest = -1;
        var nearestKm = double.PositiveInfinity;
        for (var i = 0; i < found.Length; i++)
        {
            var e = gazetteer.Entry(found[i]);
            var km = GeoMath.DistanceKm(e.Latitude, e.Longitude, gold.Latitude, gold.Longitude);
            if (km < nearestKm)
            {
                (nearest, nearestKm) = (found[i], km);
            }
        }

        var near = nearest < 0 ? "" : string.Create(CultureInfo.InvariantCulture,
            $"; nearest {gazetteer.Entry(nearest).Name} {gazetteer.Entry(nearest).Country}/{gazetteer.Entry(nearest).Admin1} {nearestKm:0}km");
        return shown.Count == 0 ? " [no entry]" : string.Create(CultureInfo.InvariantCulture, $" [{found.Length}: {string.Join("; ", shown)}{near}]");
    }

    private static double Error(Place? place, GoldToponym gold) =>
        place is { Latitude: { } lat, Longitude: { } lon }
            ? GeoMath.DistanceKm(lat, lon, gold.Latitude, gold.Longitude)
            : ErrorSummary.MaxErrorKm;

    private static void Print(TextWriter output, string name, int articles, GeoScores s, TimeSpan elapsed)
    {
        var r = s.Resolution;
        var m = s.Matched;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name}: {articles} articles, {r.Count} gold toponyms, {elapsed.TotalSeconds:0.00} s"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"resolution (gold names): acc@161km {r.AccuracyAt161:P1}  mean {r.MeanKm:0} km  median {r.MedianKm:0} km  AUC {r.Auc:0.000}"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"end to end: P {s.Precision:P1}  R {s.Recall:P1}  F1 {s.F1:P1}  acc@161km of matched {m.AccuracyAt161:P1} ({m.Count})"));
    }
}
