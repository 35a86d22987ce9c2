using System.Security.Cryptography;
using System.Text;

namespace Chronicle;

/// <summary>A document's identity: the lower-case hex SHA-256 of its body text in UTF-8.</summary>
public readonly record struct DocumentId(string Value)
{
    /// <summary>The id of a body text.</summary>
    public static DocumentId Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(text));
        return new DocumentId(Convert.ToHexStringLower(hash));
    }

    /// <inheritdoc />
    public override string ToString() => Value;
}
