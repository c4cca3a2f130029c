namespace Kazynashylyk.Registration.Users;

/// <summary>
/// The body of <c>POST /api/registration/users/{id}/close</c>: "temporary" or "erroneous", as the open/close
/// application names the two kinds of closing, and the basis in words.
/// </summary>
public sealed record CloseUserRequest(string? Kind, string? Reason);
