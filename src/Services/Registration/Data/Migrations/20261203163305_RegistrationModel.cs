using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace Kazynashylyk.Registration.Data.Migrations
{
    /// <inheritdoc />
    public partial class RegistrationModel : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateSequence(
                name: "registration_reference_seq");

            migrationBuilder.AddColumn<string>(
                name: "AuthorityBasis",
                table: "territorial_units",
                type: "character varying(300)",
                maxLength: 300,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "PlaceKk",
                table: "territorial_units",
                type: "character varying(100)",
                maxLength: 100,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "PlaceRu",
                table: "territorial_units",
                type: "character varying(100)",
                maxLength: 100,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "SignatoryTitle",
                table: "territorial_units",
                type: "character varying(300)",
                maxLength: 300,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateTable(
                name: "clients",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TreasuryCode = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Bin = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    Name = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    LegalForm = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    HeadAuthorityBasis = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    HeadEmail = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: false),
                    HeadName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    HeadPatronymic = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    HeadPosition = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    HeadSurname = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_clients", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "roles",
                columns: table => new
                {
                    Code = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    NameKk = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    NameRu = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    QualifyingEkus = table.Column<List<string>>(type: "text[]", nullable: false),
                    DocumentTypes = table.Column<List<string>>(type: "text[]", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_roles", x => x.Code);
                });

            migrationBuilder.CreateTable(
                name: "treasury_operators",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    UnitCode = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    IinHmac = table.Column<byte[]>(type: "bytea", maxLength: 32, nullable: false),
                    IinEncrypted = table.Column<byte[]>(type: "bytea", nullable: false),
                    Surname = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Patronymic = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Email = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: false),
                    IsActive = table.Column<bool>(type: "boolean", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_treasury_operators", x => x.Id);
                    table.ForeignKey(
                        name: "FK_treasury_operators_territorial_units_UnitCode",
                        column: x => x.UnitCode,
                        principalTable: "territorial_units",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "system_users",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ClientId = table.Column<Guid>(type: "uuid", nullable: false),
                    Login = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    IinHmac = table.Column<byte[]>(type: "bytea", maxLength: 32, nullable: false),
                    IinEncrypted = table.Column<byte[]>(type: "bytea", nullable: false),
                    Surname = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Patronymic = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Position = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Email = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: false),
                    Phone = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    Language = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    RoleCode = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    IdentityDocumentEncrypted = table.Column<byte[]>(type: "bytea", nullable: false),
                    Status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    CertificateSerial = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ActivatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ClosedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_system_users", x => x.Id);
                    table.ForeignKey(
                        name: "FK_system_users_clients_ClientId",
                        column: x => x.ClientId,
                        principalTable: "clients",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_system_users_roles_RoleCode",
                        column: x => x.RoleCode,
                        principalTable: "roles",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "registration_applications",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Reference = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    ClientId = table.Column<Guid>(type: "uuid", nullable: false),
                    UnitCode = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    TermsVersion = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    FormEncrypted = table.Column<byte[]>(type: "bytea", nullable: false),
                    FormSha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    FormReportId = table.Column<Guid>(type: "uuid", nullable: true),
                    Status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    AgreementId = table.Column<Guid>(type: "uuid", nullable: true),
                    JournalNumber = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    FailureReason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    SubmittedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    FormVerifiedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_registration_applications", x => x.Id);
                    table.ForeignKey(
                        name: "FK_registration_applications_clients_ClientId",
                        column: x => x.ClientId,
                        principalTable: "clients",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_registration_applications_system_users_UserId",
                        column: x => x.UserId,
                        principalTable: "system_users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_registration_applications_territorial_units_UnitCode",
                        column: x => x.UnitCode,
                        principalTable: "territorial_units",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.InsertData(
                table: "roles",
                columns: new[] { "Code", "DocumentTypes", "NameKk", "NameRu", "QualifyingEkus" },
                values: new object[,]
                {
                    { "chief-accountant", new List<string> { "registration-form", "eds-agreement", "supplementary-agreement", "financing-plan-change", "payment-invoice" }, "Бас бухгалтер", "Главный бухгалтер", new List<string> { "1.2.398.3.3.4.1.2.2", "1.2.398.3.3.4.1.2.3" } },
                    { "first-head", new List<string> { "registration-form", "eds-agreement", "supplementary-agreement", "power-of-attorney", "access-application", "financing-plan-change", "payment-invoice" }, "Бірінші басшы", "Первый руководитель", new List<string> { "1.2.398.3.3.4.1.2.1" } },
                    { "preparer", new List<string> { "registration-form", "eds-agreement", "supplementary-agreement", "supporting-document" }, "Құжаттарды дайындаушы", "Исполнитель (подготовка документов)", new List<string> { "1.2.398.3.3.4.1.2.2", "1.2.398.3.3.4.1.2.3", "1.2.398.3.3.4.1.2.5" } }
                });

            migrationBuilder.CreateIndex(
                name: "IX_clients_Bin",
                table: "clients",
                column: "Bin",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_clients_TreasuryCode",
                table: "clients",
                column: "TreasuryCode",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_registration_applications_ClientId",
                table: "registration_applications",
                column: "ClientId");

            migrationBuilder.CreateIndex(
                name: "IX_registration_applications_Reference",
                table: "registration_applications",
                column: "Reference",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_registration_applications_UnitCode",
                table: "registration_applications",
                column: "UnitCode");

            migrationBuilder.CreateIndex(
                name: "IX_registration_applications_UserId",
                table: "registration_applications",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_system_users_ClientId_IinHmac",
                table: "system_users",
                columns: new[] { "ClientId", "IinHmac" });

            migrationBuilder.CreateIndex(
                name: "IX_system_users_IinHmac",
                table: "system_users",
                column: "IinHmac");

            migrationBuilder.CreateIndex(
                name: "IX_system_users_Login",
                table: "system_users",
                column: "Login",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_system_users_RoleCode",
                table: "system_users",
                column: "RoleCode");

            migrationBuilder.CreateIndex(
                name: "IX_treasury_operators_IinHmac",
                table: "treasury_operators",
                column: "IinHmac");

            migrationBuilder.CreateIndex(
                name: "IX_treasury_operators_UnitCode_IinHmac",
                table: "treasury_operators",
                columns: new[] { "UnitCode", "IinHmac" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "registration_applications");

            migrationBuilder.DropTable(
                name: "treasury_operators");

            migrationBuilder.DropTable(
                name: "system_users");

            migrationBuilder.DropTable(
                name: "clients");

            migrationBuilder.DropTable(
                name: "roles");

            migrationBuilder.DropColumn(
                name: "AuthorityBasis",
                table: "territorial_units");

            migrationBuilder.DropColumn(
                name: "PlaceKk",
                table: "territorial_units");

            migrationBuilder.DropColumn(
                name: "PlaceRu",
                table: "territorial_units");

            migrationBuilder.DropColumn(
                name: "SignatoryTitle",
                table: "territorial_units");

            migrationBuilder.DropSequence(
                name: "registration_reference_seq");
        }
    }
}
