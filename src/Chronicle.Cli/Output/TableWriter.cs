using System.Globalization;
using Chronicle.Contract;
using Spectre.Console;

namespace Chronicle.Cli.Output;

/// <summary>A human reading of each article: its events as a table, with the words behind them.</summary>
internal sealed class TableWriter(IAnsiConsole console) : IArticleWriter
{
    private const int EvidenceWidth = 90;

    public void Write(ArticleJson article)
    {
        ArgumentNullException.ThrowIfNull(article);
        console.Write(new Rule(Markup.Escape(article.Title ?? article.Source)).LeftJustified());
        console.MarkupLine(Markup.Escape(string.Create(CultureInfo.InvariantCulture,
            $"{article.Source} · published {article.Published ?? "unknown"} · {article.Entities.Count} names, {article.Times.Count} times, {article.Quantities.Count} quantities, {article.Places.Count} places, {article.Quotes.Count} quotes")));
        if (article.Events.Count == 0)
        {
            console.MarkupLine("[grey]No events found.[/]");
            console.WriteLine();
            return;
        }

        var table = new Table().Border(TableBorder.Simple)
            .AddColumns("Type", "Who", "Whom", "Where", "When", "Counts", "Modality", "Conf.", "Evidence");
        foreach (var e in article.Events)
        {
            table.AddRow(
                Cell(e.Mode is null ? e.Type : $"{e.Type}/{e.Mode}"),
                Cell(Actors(e, "source")),
                Cell(Actors(e, "target")),
                Cell(e.Place is null ? "" : $"{e.Place.Name} ({e.Place.Country})"),
                Cell(e.Date?.Value ?? ""),
                Cell(string.Join(", ", e.Counts.Select(c => $"{c.Key} {c.Value.Text}"))),
                Cell(e.Modality),
                Cell(e.Confidence.ToString("0.00", CultureInfo.InvariantCulture)),
                Cell(Clip(e.Evidence.Text)));
        }

        console.Write(table);
        console.WriteLine();
    }

    public void Complete()
    {
    }

    private static string Actors(EventJson e, string role) =>
        string.Join("; ", e.Actors.Where(a => a.Role == role).Select(a => a.Canonical));

    private static string Clip(string text)
    {
        var flat = text.ReplaceLineEndings(" ");
        return flat.Length <= EvidenceWidth ? flat : string.Concat(flat.AsSpan(0, EvidenceWidth - 1), "…");
    }

    private static Markup Cell(string text) => new(Markup.Escape(text));
}
