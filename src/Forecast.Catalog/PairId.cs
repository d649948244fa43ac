namespace Forecast.Catalog;

/// <summary>One jurisdiction × one indicator, written "dandong/new-urban-jobs".</summary>
public readonly record struct PairId(string Jurisdiction, string Indicator)
{
    public override string ToString() => $"{Jurisdiction}/{Indicator}";

    public static PairId Parse(string text)
    {
        var slash = text.IndexOf('/');
        if (slash <= 0 || slash == text.Length - 1 || text.IndexOf('/', slash + 1) >= 0)
            throw new FormatException($"A pair is written jurisdiction/indicator, not '{text}'.");
        return new PairId(text[..slash], text[(slash + 1)..]);
    }
}
