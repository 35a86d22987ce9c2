namespace Chronicle.Ingest.Fetching;

/// <summary>A connection refused before it was made, because the host's addresses are internal.</summary>
internal sealed class RefusedAddressException(string message) : IOException(message);
