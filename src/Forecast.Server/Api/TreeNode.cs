using Forecast.Contracts;

namespace Forecast.Server.Api;

/// <summary>A jurisdiction in the tree, with the lights of everything below it in the scenario asked for.</summary>
/// <param name="Flags">The rollup's counts; null while the scenario has not been run here.</param>
public sealed record TreeNode(
    string Id,
    string Level,
    string NameZh,
    string NameEn,
    int Pairs,
    int Qualitative,
    FlagCounts? Flags,
    double? ExpectedMet,
    int? Assessed,
    IReadOnlyList<TreeNode> Children);
