namespace Chronicle.Web.Hosting;

/// <summary>A request parameter that cannot be used: answered with 400 and the parameter's name.</summary>
/// <param name="parameter">The parameter's name as the client sent it.</param>
/// <param name="message">What is wrong and what is accepted.</param>
internal sealed class BadParameterException(string parameter, string message) : Exception(message)
{
    public string Parameter { get; } = parameter;
}
