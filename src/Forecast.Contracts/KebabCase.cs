namespace Forecast.Contracts;

/// <summary>How the contracts spell a model's enum value: "OwnTrend" → "own-trend", "LogLinear" → "log-linear".</summary>
public static class KebabCase
{
    public static string Of(string pascal)
    {
        var chars = new List<char>(pascal.Length + 4);
        for (var i = 0; i < pascal.Length; i++)
        {
            if (char.IsUpper(pascal[i]) && i > 0)
                chars.Add('-');
            chars.Add(char.ToLowerInvariant(pascal[i]));
        }

        return new string([.. chars]);
    }
}
