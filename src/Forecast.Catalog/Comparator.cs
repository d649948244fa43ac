namespace Forecast.Catalog;

/// <summary>What the text says counts as meeting a figure.</summary>
public enum Comparator
{
    /// <summary>≥: 以上, 不少于, 达到 on an up indicator.</summary>
    AtLeast,

    /// <summary>≤: 以下, 不高于, 控制在…以内.</summary>
    AtMost,

    /// <summary>=: a level to keep exactly.</summary>
    Equal,

    /// <summary>≈: 左右, 力争, 约.</summary>
    About,
}

public static class ComparatorSymbols
{
    public static string ToSymbol(this Comparator comparator) => comparator switch
    {
        Comparator.AtLeast => "≥",
        Comparator.AtMost => "≤",
        Comparator.Equal => "=",
        Comparator.About => "≈",
        _ => throw new ArgumentOutOfRangeException(nameof(comparator)),
    };

    public static bool TryParse(string text, out Comparator comparator)
    {
        switch (text)
        {
            case "≥": comparator = Comparator.AtLeast; return true;
            case "≤": comparator = Comparator.AtMost; return true;
            case "=": comparator = Comparator.Equal; return true;
            case "≈": comparator = Comparator.About; return true;
            default: comparator = default; return false;
        }
    }
}
