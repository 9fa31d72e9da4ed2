namespace HebeiCredit.Functions.Tests.Deployment;

/// <summary>What one run of the Bicep CLI returned; diagnostics are the lines of standard error.</summary>
internal sealed record BicepResult(int ExitCode, string StandardOutput, string StandardError)
{
    public IReadOnlyList<string> Diagnostics { get; } =
        StandardError.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public override string ToString() =>
        $"exit code {ExitCode}{Environment.NewLine}{StandardError}{Environment.NewLine}{StandardOutput}";
}
