namespace Forecast.Contracts;

/// <summary>
/// For an additive indicator held by a parent and its children (new urban jobs in Dandong and in Zhenxing): how much
/// of the parent's goal the children's goals make up, and which child's goal alone exceeds it.
/// </summary>
/// <param name="Share">Children's goals ÷ the parent's goal.</param>
/// <param name="Exceeding">Children whose own goal is larger than the parent's.</param>
[GenerateSerializer, Immutable, Alias("forecast.AdditiveShare")]
public sealed record AdditiveShare(
    [property: Id(0)] string Indicator,
    [property: Id(1)] int Year,
    [property: Id(2)] double ParentGoal,
    [property: Id(3)] double ChildrenGoal,
    [property: Id(4)] double Share,
    [property: Id(5)] IReadOnlyList<string> Children,
    [property: Id(6)] IReadOnlyList<string> Exceeding);
