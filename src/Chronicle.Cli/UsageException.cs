namespace Chronicle.Cli;

/// <summary>A command was given values it cannot use; the message says which and why. Exit code 2.</summary>
internal sealed class UsageException(string message) : Exception(message);
