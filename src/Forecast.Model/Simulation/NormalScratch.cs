namespace Forecast.Model.Simulation;

/// <summary>The buffers <see cref="NormalDraws"/> reuses from row to row: the tail draws' uniforms and positions in the row.</summary>
internal sealed class NormalScratch(int length)
{
    public int Length { get; } = length;

    // Padded by one vector: every append writes a whole vector, and the last batch is filled out and processed whole.
    public double[] Uniforms { get; } = new double[length + 8];

    // Positions as doubles (whole numbers), so they are compressed alongside the uniforms.
    public double[] Positions { get; } = new double[length + 8];
}
