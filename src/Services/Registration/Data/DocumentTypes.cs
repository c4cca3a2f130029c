namespace Kazynashylyk.Registration.Data;

/// <summary>The document types roles may sign (codes used in the roles reference data).</summary>
public static class DocumentTypes
{
    public const string RegistrationForm = "registration-form";
    public const string EdsAgreement = "eds-agreement";
    public const string SupplementaryAgreement = "supplementary-agreement";
    public const string PowerOfAttorney = "power-of-attorney";
    public const string AccessApplication = "access-application";
    public const string FinancingPlanChange = "financing-plan-change";
    public const string PaymentInvoice = "payment-invoice";
    public const string SupportingDocument = "supporting-document";
}
