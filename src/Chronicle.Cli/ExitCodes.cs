namespace Chronicle.Cli;

/// <summary>Exit codes: 0 when every input succeeded, 1 when some failed, 2 for usage errors.</summary>
internal static class ExitCodes
{
    public const int Success = 0;
    public const int SomeFailed = 1;
    public const int Usage = 2;
}
