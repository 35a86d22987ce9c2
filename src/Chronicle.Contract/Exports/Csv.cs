namespace Chronicle.Contract.Exports;

/// <summary>RFC 4180 fields: quoted when they hold a comma, quote or line break; formula triggers defused.</summary>
public static class Csv
{
    /// <summary>One field, escaped.</summary>
    public static string Field(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return string.Empty;
        }

        // A leading =, +, - or @ makes spreadsheets evaluate the cell; article text must never run as a formula.
        if (value[0] is '=' or '+' or '@' || (value[0] == '-' && value.Length > 1 && !char.IsAsciiDigit(value[1])))
        {
            value = "'" + value;
        }

        return value.AsSpan().IndexOfAny(",\"\n\r") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }

    /// <summary>One line of fields, without the line break.</summary>
    public static string Line(IEnumerable<string?> fields) => string.Join(',', fields.Select(Field));
}
