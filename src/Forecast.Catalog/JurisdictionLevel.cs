namespace Forecast.Catalog;

/// <summary>Administrative level, from the country down. The tree is data: a level is a label, not a rule.</summary>
public enum JurisdictionLevel
{
    Country,
    Province,
    City,
    District,
    County,
}
