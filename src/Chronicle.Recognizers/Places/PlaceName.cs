namespace Chronicle.Recognizers.Places;

/// <summary>Cleans a mention's surface text into the forms looked up in the gazetteer.</summary>
internal static class PlaceName
{
    // Words that say what kind of place follows or precedes a name: `Kerman city`, `Rapides Parish`.
    // The name without them still names the place (city) or a place inside the same area (county).
    private static readonly string[] Suffixes =
    [
        " city", " City", " town", " Town", " village", " County", " county", " Parish", " parish",
        " Province", " province", " State", " state", " Township", " township", " District", " district",
        " region", " Region", " area", " Borough", " borough", " Governorate", " governorate",
    ];

    private static readonly string[] Prefixes = ["the ", "The ", "City of ", "city of ", "State of ", "Republic of ", "Greater "];

    /// <summary>The surface without a leading article or a trailing possessive.</summary>
    public static ReadOnlySpan<char> Core(ReadOnlySpan<char> surface)
    {
        surface = surface.Trim();
        if (surface.EndsWith("'s", StringComparison.Ordinal) || surface.EndsWith("\u2019s", StringComparison.Ordinal))
        {
            surface = surface[..^2];
        }
        else if (surface.EndsWith('\'') || surface.EndsWith('\u2019'))
        {
            surface = surface[..^1];
        }

        if (surface.StartsWith("the ", StringComparison.OrdinalIgnoreCase) && surface.Length > 4)
        {
            surface = surface[4..];
        }

        return surface;
    }

    /// <summary>The name with a kind word removed, and whether that word names a larger area than a city.</summary>
    public static bool TryStrip(ReadOnlySpan<char> name, out ReadOnlySpan<char> stripped, out bool area)
    {
        foreach (var suffix in Suffixes)
        {
            if (name.Length > suffix.Length + 1 && name.EndsWith(suffix, StringComparison.Ordinal))
            {
                stripped = name[..^suffix.Length];
                area = suffix is not (" city" or " City" or " town" or " Town" or " village");
                return true;
            }
        }

        foreach (var prefix in Prefixes)
        {
            if (name.Length > prefix.Length + 1 && name.StartsWith(prefix, StringComparison.Ordinal))
            {
                stripped = name[prefix.Length..];
                area = prefix is "Greater ";
                return true;
            }
        }

        stripped = default;
        area = false;
        return false;
    }
}
