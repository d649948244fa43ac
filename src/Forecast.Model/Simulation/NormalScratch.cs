namespace Forecast.Model.Simulation;

/// <summary>The buffers <see cref="NormalDraws"/> reuses from row to row: one tail mask per vector, and the tail draws gathered.</summary>
internal sealed class NormalScratch(int length)
{
    public int Length { get; } = length;

    public byte[] Masks { get; } = new byte[length];

    // Padded by one vector so the last gathered batch can be filled out and processed whole.
    public double[] Uniforms { get; } = new double[length + 8];

    // Padded by one vector, as the uniforms are.
    public int[] Indices { get; } = new int[length + 8];
}
