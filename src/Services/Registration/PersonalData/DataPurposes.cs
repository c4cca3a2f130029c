namespace Kazynashylyk.Registration.PersonalData;

/// <summary>The associated data each encrypted field is sealed with: the table, the field and the row's id.</summary>
public static class DataPurposes
{
    public static string UserIin(Guid userId) => $"system-user/iin/{userId:N}";

    public static string UserIdentityDocument(Guid userId) => $"system-user/identity-document/{userId:N}";

    public static string OperatorIin(Guid operatorId) => $"treasury-operator/iin/{operatorId:N}";

    public static string RegistrationForm(Guid applicationId) => $"registration-application/form/{applicationId:N}";
}
