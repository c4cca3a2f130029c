namespace Kazynashylyk.Registration.Http;

/// <summary>Either a value or the <see cref="Http.Problem"/> that stopped it.</summary>
public readonly record struct Outcome<T>(T? Value, Problem? Problem)
    where T : class
{
    public static implicit operator Outcome<T>(T value) => new(value, null);

    public static implicit operator Outcome<T>(Problem problem) => new(null, problem);
}
