using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Kazynashylyk.Agreements.Data.Migrations
{
    /// <inheritdoc />
    public partial class Agreements : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "agreements",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    ParentAgreementId = table.Column<Guid>(type: "uuid", nullable: true),
                    OnboardingId = table.Column<Guid>(type: "uuid", nullable: false),
                    JournalNumber = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Place = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    UnitCode = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    ClientId = table.Column<Guid>(type: "uuid", nullable: false),
                    Bin = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    UserIin = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    Document = table.Column<byte[]>(type: "bytea", nullable: false),
                    DocumentSha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    State = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    CancelReason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    InForceFrom = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    CancelledAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_agreements", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "agreement_signatures",
                columns: table => new
                {
                    AgreementId = table.Column<Guid>(type: "uuid", nullable: false),
                    Party = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    ReportId = table.Column<Guid>(type: "uuid", nullable: false),
                    CertificateSerial = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    SignerBin = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: true),
                    SignerRoleOids = table.Column<List<string>>(type: "text[]", nullable: false),
                    SignedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Cms = table.Column<string>(type: "text", nullable: false),
                    CmsSha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_agreement_signatures", x => new { x.AgreementId, x.Party });
                    table.ForeignKey(
                        name: "FK_agreement_signatures_agreements_AgreementId",
                        column: x => x.AgreementId,
                        principalTable: "agreements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_agreement_signatures_ReportId",
                table: "agreement_signatures",
                column: "ReportId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_agreements_Bin",
                table: "agreements",
                column: "Bin");

            migrationBuilder.CreateIndex(
                name: "IX_agreements_JournalNumber",
                table: "agreements",
                column: "JournalNumber",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_agreements_OnboardingId_Kind",
                table: "agreements",
                columns: new[] { "OnboardingId", "Kind" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_agreements_ParentAgreementId",
                table: "agreements",
                column: "ParentAgreementId");

            migrationBuilder.CreateIndex(
                name: "IX_agreements_UnitCode",
                table: "agreements",
                column: "UnitCode");

            migrationBuilder.CreateIndex(
                name: "IX_agreements_UserId",
                table: "agreements",
                column: "UserId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "agreement_signatures");

            migrationBuilder.DropTable(
                name: "agreements");
        }
    }
}
