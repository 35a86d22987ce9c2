namespace Chronicle.Reliability.Tests.Hostile;

/// <summary>One generated input: what it is (for a failure message) and its bytes.</summary>
internal sealed record HostileInput(string Name, byte[] Bytes)
{
    public override string ToString() => $"{Name} ({Bytes.Length:N0} bytes)";
}
