namespace Forecast.Scenarios;

/// <summary>One thing wrong with a scenario file, where it is, and which field.</summary>
/// <param name="Field">The field's path as the file spells it ("overrides[1].growthSpread"); "yaml" for a syntax error, "file" for the file itself.</param>
public sealed record ScenarioError(string File, int Line, int Column, string Field, string Message)
{
    public override string ToString() => $"{File}:{Line}:{Column}: {Field}: {Message}";
}
