// Generated from the served OpenAPI document by `npm run web:types`; do not edit.
export interface paths {
    "/health/live": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The process answers */
        get: operations["HealthController_live"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Ready to serve: database, migrations applied, projection lag within its bound, artifact store writable */
        get: operations["HealthController_ready"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Prometheus metrics of this process (custody_* families) */
        get: operations["MetricsController_scrape"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/principals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List principals (admin), in id order, without tokens */
        get: operations["ListPrincipalsController_list"];
        put?: never;
        /**
         * Create a principal and its bearer token (shown once)
         * @description Only the token’s hash is kept: a replay under the same Idempotency-Key answers without `token`.
         */
        post: operations["CreatePrincipalController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/principals/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who the bearer token belongs to: { principalId, name, roles, groups } */
        get: operations["GetCurrentPrincipalController_me"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/principals/{principalId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One principal (admin), without its token */
        get: operations["GetPrincipalController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/principals/{principalId}/rotate-token": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Give a principal a new token (admin); the old token stops working at once
         * @description The token is shown once: a replay under the same Idempotency-Key answers without it.
         */
        post: operations["RotatePrincipalTokenController_rotate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/principals/{principalId}/disable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Disable a principal (admin): its tokens answer 401 from then on
         * @description Disabling a disabled principal changes nothing. The last enabled administrator cannot be disabled.
         */
        post: operations["DisablePrincipalController_disable"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/projections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every projection with its bookmark and lag */
        get: operations["ListProjectionsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/projections/{name}/rebuild": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Empty a projection and replay every event into it, atomically */
        post: operations["RebuildProjectionController_rebuild"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/families": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List families in registration order: { items, nextCursor }. Errors: InvalidCursor 400 */
        get: operations["ListFamiliesController_list"];
        put?: never;
        /** Register an instrument family */
        post: operations["RegisterFamilyController_register"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/families/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a family: { familyId, name, version }. Errors: FamilyNotFound 404 */
        get: operations["GetFamilyController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/models": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List models in registration order, optionally of one family (an unknown family gives an empty list): { items, nextCursor }. Errors: InvalidCursor 400 */
        get: operations["ListModelsController_list"];
        put?: never;
        /** Register an instrument model of a family, with its manufacturer (identifier and identifierType go together). Errors: FamilyNotFound 404 */
        post: operations["RegisterModelController_register"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/models/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a model: { modelId, familyId, name, manufacturer, version }. Errors: ModelNotFound 404 */
        get: operations["GetModelController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/assets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List assets, optionally by lifecycle or family: { items, nextCursor } */
        get: operations["ListAssetsController_list"];
        put?: never;
        /** Register an instrument (asset); it starts Commissioned. Errors: FamilyNotFound, ModelNotFound 404 */
        post: operations["RegisterAssetController_register"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/assets/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read an asset: { assetId, name, familyId, modelId, serialNumber, owner, lifecycle, mountId, fixtureId, persistentId, version } */
        get: operations["GetAssetController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/assets/{id}/activate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Commissioned → Active. Errors: AssetNotFound 404, AssetCannotActivate 409 */
        post: operations["ActivateAssetController_activate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/assets/{id}/begin-maintenance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Active → Maintenance. Errors: AssetNotFound 404, AssetCannotBeginMaintenance 409 (not Active) */
        post: operations["BeginAssetMaintenanceController_beginMaintenance"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/assets/{id}/end-maintenance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Maintenance → Active. Errors: AssetNotFound 404, AssetCannotEndMaintenance 409 (not in Maintenance) */
        post: operations["EndAssetMaintenanceController_endMaintenance"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/assets/{id}/decommission": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Commissioned, Active or Maintenance → Decommissioned (final). Errors, in this order: AssetNotFound 404, AssetHasFixtureBinding 409 (attached to a fixture), AssetIsInstalled 409 (in a mount), AssetCannotDecommission 409 (already Decommissioned) */
        post: operations["DecommissionAssetController_decommission"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/frames": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Register a frame (a table, a rack) that carries mounts; it starts with none */
        post: operations["RegisterFrameController_register"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/frames/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a frame: { frameId, name, mounts: [{ mountId, slotCode, assetId }] (in the order they were added), version }. Errors: FrameNotFound 404 */
        get: operations["GetFrameController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/frames/{id}/mounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a mount at a slot of the frame (slot codes are unique per frame, regardless of case). Errors: FrameNotFound 404, MountSlotTaken 409 */
        post: operations["AddMountController_add"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/mounts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a mount: { mountId, frameId, slotCode, assetId (null when empty), version }. Errors: MountNotFound 404 */
        get: operations["GetMountController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/mounts/{id}/installed-asset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Install an Active asset in an empty mount; the asset the mount already holds again → 204, nothing changes. Errors, in this order: MountNotFound 404, AssetNotFound 404, AssetNotInstallable 409 (not Active), AssetAlreadyInstalledElsewhere 409, MountAlreadyOccupied 409 */
        put: operations["InstallAssetController_install"];
        post?: never;
        /** Take the installed asset out of the mount. Errors, in this order: MountNotFound 404, MountIsEmpty 409, MountHasFixtureBoundAsset 409 (the asset is attached to a fixture) */
        delete: operations["UninstallAssetController_uninstall"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/assemblies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List assemblies, oldest first, optionally only deprecated=true|false: { items, nextCursor }. Errors: InvalidCursor 400 */
        get: operations["ListAssembliesController_list"];
        put?: never;
        /** Register an assembly: named slots, each taking `count` assets of a family. Slot names are unique ignoring case; 1 to 100 slots; count an integer 1..100; 1000 assets at most in all. Errors: ValidationFailed 400, FamilyNotFound 404 (the smallest unknown familyId) */
        post: operations["RegisterAssemblyController_register"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/assemblies/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read an assembly: { assemblyId, name, slots, deprecated, version }. Errors: AssemblyNotFound 404 */
        get: operations["GetAssemblyController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/assemblies/{id}/deprecate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Deprecate an assembly: no new fixture can be registered from it; existing fixtures are unchanged. Errors: AssemblyNotFound 404, AssemblyCannotDeprecate 409 (already deprecated) */
        post: operations["DeprecateAssemblyController_deprecate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/assemblies/{id}/fixtures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Register a fixture of the assembly: bind every slot to exactly `count` installed, not decommissioned assets of the slot’s family (slot names match exactly). The assets are not attached yet (see attach-to-fixture). Errors, checked in this order: AssemblyNotFound 404, AssemblyCannotInstantiate 409 (deprecated), FixtureAssetNotFound 404, FixtureAssetNotAttachable 409 (decommissioned), FixtureAssetNotInstalled 409 (in no mount), FixtureUnknownSlot 400, FixtureMappingIncomplete 400 (bindings per slot ≠ count), FixtureAssetFamilyMismatch 400; where several assets fail one check the error names the smallest assetId. The same asset twice: ValidationFailed 400 */
        post: operations["RegisterFixtureController_register"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/fixtures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List fixtures, oldest first, optionally of one assembly (assemblyId) or binding one asset (assetId): { items, nextCursor }. Errors: InvalidCursor 400 */
        get: operations["ListFixturesController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/fixtures/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a fixture: { fixtureId, assemblyId, slotAssetBindings, parameterOverrides, attachedAssetIds, persistentId, pendingPersistentId? (while a request awaits the registry), version }. Errors: FixtureNotFound 404 */
        get: operations["GetFixtureController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/assets/{id}/attach-to-fixture": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Attach an asset to a fixture whose slot bindings name it; an asset is attached to one fixture at a time. Errors, in this order: AssetNotFound 404, FixtureNotFound 404, AssetNotBoundInFixture 400, AssetAlreadyAttachedToFixture 409 (to this or another fixture), AssetCannotAttachToFixture 409 (decommissioned) */
        post: operations["AttachAssetToFixtureController_attach"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/assets/{id}/detach-from-fixture": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Detach an asset from the fixture it is attached to (it stays bound in the fixture’s slots and can be attached again). Errors, in this order: AssetNotFound 404, FixtureNotFound 404, AssetNotAttachedToFixture 409 (attached to none), AssetAttachedToDifferentFixture 409 */
        post: operations["DetachAssetFromFixtureController_detach"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/assets/{id}/persistent-identifier": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Assign the asset a DOI or Handle, once
         * @description The request is decided and recorded first, then the identifier `<prefix>/<suffix>` is minted (DataCite for DOIs when configured, else the stub) with the asset’s PIDINST record. Errors, in this order: AssetNotFound 404, AssetPersistentIdAssignmentForbidden 409 (Decommissioned), AssetPersistentIdAlreadyAssigned 409 (assigned, or being assigned right now), PersistentIdentifierRequestPending 409 (another scheme or suffix is pending), PersistentIdentifierMintFailed 502 (the registry’s detail included; the request stays pending and the same request again retries the same identifier).
         */
        post: operations["AssignAssetPersistentIdController_assign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/fixtures/{id}/persistent-identifier": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Assign the fixture a DOI or Handle, once
         * @description The request is decided and recorded first, then the identifier `<prefix>/<suffix>` is minted (DataCite for DOIs when configured, else the stub) with the fixture’s PIDINST record. Errors, in this order: FixtureNotFound 404, FixturePersistentIdAlreadyAssigned 409 (assigned, or being assigned right now), PersistentIdentifierRequestPending 409 (another scheme or suffix is pending), PersistentIdentifierMintFailed 502 (the registry’s detail included; the request stays pending and the same request again retries the same identifier).
         */
        post: operations["AssignFixturePersistentIdController_assign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/assets/{id}/pidinst": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The asset’s PIDINST 1.0 record (public, no token)
         * @description A record valid against the RDA PIDINST 1.0 JSON Schema. Before a persistent identifier is assigned its `identifier` is `{ identifier: "urn:uuid:<id>", identifierType: "URN" }`; after, the DOI or Handle. This is the landing page the identifier resolves to. Errors: AssetNotFound 404, PidinstIncomplete 409 (no owner or no manufacturer).
         */
        get: operations["GetAssetPidinstController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/fixtures/{id}/pidinst": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The fixture’s PIDINST 1.0 record (public, no token)
         * @description A record valid against the RDA PIDINST 1.0 JSON Schema. Before a persistent identifier is assigned its `identifier` is `{ identifier: "urn:uuid:<id>", identifierType: "URN" }`; after, the DOI or Handle. This is the landing page the identifier resolves to. Errors: FixtureNotFound 404, PidinstIncomplete 409 (no owner or no manufacturer).
         */
        get: operations["GetFixturePidinstController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tiers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List storage tiers in registration order: { items, nextCursor } */
        get: operations["ListTiersController_list"];
        put?: never;
        /**
         * Register a storage tier (file, s3, https or globus) with the root its copies lie under
         * @description The root is kept in canonical form (scheme and host lower-cased, no trailing slash, `.` and empty segments dropped). A root of another scheme than the protocol, with `..`, a query or a fragment is 400 ValidationFailed. An `https` tier may use an `http://` root. The server verifies copies on `file` and `https` tiers itself; `s3` and `globus` copies attest Unreachable from the server for now (an edge host reports what it measured).
         */
        post: operations["RegisterTierController_register"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tiers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a tier: { tierId, name, accessProtocol, rootUri, reachable, registeredAt, version }. Errors: TierNotFound 404 */
        get: operations["GetTierController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Mark a tier reachable or unreachable (copies on an unreachable tier attest Unreachable). Errors: TierNotFound 404 */
        patch: operations["UpdateTierReachabilityController_update"];
        trace?: never;
    };
    "/v1/datasets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List datasets (the catalogue) in registration order, Active and Discarded: { items, nextCursor } */
        get: operations["ListDatasetsController_list"];
        put?: never;
        /**
         * Register a dataset by its checksum (sha256 or sha256-tree) and size; it starts Active with no copies
         * @description `collectedBy` names the equipment asset and/or fixture that collected it (kept as given). Checksum values are stored in lower case.
         */
        post: operations["RegisterDatasetController_register"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/datasets/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a dataset: { datasetId, title, checksum, byteSize, intent, collectedBy, status (Active | Discarded), registeredAt, discardedAt, version }. Errors: DatasetNotFound 404 */
        get: operations["GetDatasetController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/datasets/{id}/discard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Active → Discarded. Errors: DatasetNotFound 404, DatasetCannotDiscard 409 (already discarded)
         * @description A discarded dataset takes no new distributions (DatasetDiscarded 409), and its copies may then all be discarded: the last-Verified-copy guard protects only datasets still kept.
         */
        post: operations["DiscardDatasetController_discard"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/distributions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Register a copy (distribution) of a dataset on a tier; it starts Registered. Errors in this order: DatasetNotFound, TierNotFound 404, DatasetDiscarded 409, DistributionChecksumMismatch 409, DistributionAlreadyRegistered 409, DistributionUriOutsideTier 400
         * @description `uri` is a path relative to the tier root, or an absolute URI (or, with the root’s scheme and host, a path starting with `/`) strictly under the root. Segments are percent-decoded; `.` and empty segments are dropped; a `..` segment, an encoded `/`, a query or fragment, another scheme or host, or a location outside the root is 400 DistributionUriOutsideTier with `errors: [{ path: "uri" }]`. The copy is kept under its canonical URI.
         */
        post: operations["RegisterDistributionController_register"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/distributions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read a copy: { distributionId, datasetId, tierId, uri, checksum, byteSize, status, lastAttestation }. Errors: DistributionNotFound 404
         * @description `status` is Registered, Verified, Stale or Discarded. `lastAttestation` is null or { attestationId, outcome, observed, source: server | reported, detail, attestedAt }.
         */
        get: operations["GetDistributionController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/datasets/{id}/distributions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List a dataset’s copies (every status, or ?status=), in registration order: { items, nextCursor }. Errors: DatasetNotFound 404 */
        get: operations["ListDatasetDistributionsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/distributions/{id}/discard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Discard a copy (final). Errors: DistributionNotFound 404, DistributionCannotDiscardLastVerified 409 (the only Verified copy of an Active dataset)
         * @description Discarding a copy that is already discarded answers 204 and changes nothing. Once the dataset itself is discarded, its last Verified copy may go too.
         */
        post: operations["DiscardDistributionController_discard"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/distributions/{id}/mark-stale": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mark a copy Stale with a reason. Errors: DistributionNotFound 404, DistributionDiscarded 409 (discarded is final)
         * @description A copy already Stale answers 204 and changes nothing. A later Match attestation makes it Verified again.
         */
        post: operations["MarkDistributionStaleController_markStale"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/distributions/{id}/attestations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Attest a copy: Match → Verified, Mismatch → Stale, Unreachable changes nothing. Errors: DistributionNotFound 404, DistributionDiscarded 409, AttestationAlgorithmMismatch 400
         * @description With `{}` (operator or admin) the server reads the bytes through the tier’s protocol: `file` (streamed sha256, or sha256-tree of a directory) and `https` (streamed GET; sha256 only). A missing file, an unreachable tier, a timeout, or a path or link inside a tree resolving outside the tier root (never read) is Unreachable. `s3` and `globus` copies are Unreachable from the server for now. With `{ observed }` (worker or above) the server records what an edge host measured; its algorithm must be the copy’s.
         */
        post: operations["AttestDistributionController_attest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/acquisitions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List acquisitions in registration order, by state, tier and host: { items, nextCursor }
         * @description `host` matches an acquisition any history entry of which names that host.
         */
        get: operations["ListAcquisitionsController_list"];
        put?: never;
        /**
         * Register a run being written on an acquisition tier; it starts `staging`
         * @description The worker serving the tier drives it (complete → sync_queued → sync_verified → cleared) when it names a `targetTierId`. Retention defaults to `manual`. `path` must lie under the tier root (400 AcquisitionPathOutsideTier).
         */
        post: operations["RegisterAcquisitionController_register"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/acquisitions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read an acquisition: its state, append-only history (each entry names its host) and links */
        get: operations["GetAcquisitionController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/acquisitions/{id}/transitions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Move an acquisition to its next state: staging → complete → sync_queued → sync_verified → cleared
         * @description Anything but the next state is 409 AcquisitionIllegalTransition and the state does not move (of five identical concurrent requests exactly one wins). `complete` keeps filesReceived and bytesReceived, `sync_verified` keeps targetTierId; extras sent with another state are dropped. `sync_verified` needs a Verified copy on the target tier (AcquisitionSyncNotVerified); `cleared` needs a Verified copy besides the staging copy (AcquisitionCannotClear); both checked in the transaction that records the transition. `datasetId` and `materializationId` link the acquisition once (another datasetId later: 409 AcquisitionDatasetMismatch).
         */
        post: operations["TransitionAcquisitionController_transition"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/acquisitions/{id}/clear": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Clear a sync_verified acquisition (how a `manual` retention ends): its staging copy may go
         * @description Refused unless the dataset has a Verified copy besides the staging one (409 AcquisitionCannotClear), checked in the transaction that records `cleared`. The worker serving the tier then checks again, deletes the staging files and discards the staging copy. Body optional: `{ host? }`.
         */
        post: operations["ClearAcquisitionController_clear"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/methods": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List methods in registration order: { items, nextCursor } */
        get: operations["ListMethodsController_list"];
        put?: never;
        /**
         * Register a processing method: a name, the kinds of input it needs, and a JSON Schema for its parameters
         * @description The parametersSchema is checked to be a valid, compilable JSON Schema (draft 2020-12, or draft-07 when its `$schema` says so; remote `$ref`s are never fetched): 400 ValidationFailed otherwise. Without one, runs of the method accept any parameters.
         */
        post: operations["RegisterMethodController_register"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/methods/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a method: { methodId, name, neededInputKinds, parametersSchema, registeredAt, version } */
        get: operations["GetMethodController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/runs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List runs in start order, optionally by state, method or input dataset: { items, nextCursor } */
        get: operations["ListRunsController_list"];
        put?: never;
        /**
         * Start a run of a method on input datasets; it starts Running
         * @description Refusals in this order: MethodNotFound 404; 400 ValidationFailed when the parameters do not satisfy the method’s parametersSchema (errors under `parameters…`); RunInputNotVerified 409 when an input has no Verified copy (an unknown dataset counts as not verified); RunInputNotReachable 409 when an input’s Verified copies are all on unreachable tiers. The error names the smallest failing datasetId. The copy that let each input pass is recorded in the run’s inputCopies.
         */
        post: operations["StartRunController_start"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/runs/{id}/openlineage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A run as OpenLineage 2-0-2 RunEvents, for export: its START and, once ended, COMPLETE, ABORT or FAIL
         * @description complete → COMPLETE, abort → ABORT, stop → FAIL. The job is the method (`methods/<methodId>`), the inputs are the input datasets (`datasets/<datasetId>`), both in this installation’s namespace (CUSTODY_PUBLIC_URL).
         */
        get: operations["GetRunOpenlineageController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/runs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a run: { runId, methodId, state, inputDatasetIds, inputCopies: [{ datasetId, distributionId, tierId }], parameters, history, version } */
        get: operations["GetRunController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/runs/{id}/hold": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Running → Held */
        post: operations["HoldRunController_hold"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/runs/{id}/resume": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Held → Running (a resumed run is not gated again) */
        post: operations["ResumeRunController_resume"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/runs/{id}/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Running → Completed (final) */
        post: operations["CompleteRunController_complete"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/runs/{id}/abort": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Running or Held → Aborted, with a reason (final) */
        post: operations["AbortRunController_abort"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/runs/{id}/stop": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Running or Held → Stopped, with a reason (final) */
        post: operations["StopRunController_stop"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/materializations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List materializations in request order, by dataset and state: { items, nextCursor } */
        get: operations["ListMaterializationsController_list"];
        put?: never;
        /**
         * Queue a materialization: copy a dataset onto a tier (an edge job on a worker reaching both tiers)
         * @description The source is the dataset’s first Verified copy (in registration order) on a reachable tier other than the target, of the protocol the adapter reads (local and fdt: file tiers, on one host for local; globus: globus tiers). The job runs on a worker whose CUSTODY_WORKER_TIERS (default: every file tier whose root exists on that host) include both tiers: begin → observe → register the Distribution on the target tier → attest it → Verified. Errors in this order: DatasetNotFound, TierNotFound 404, MaterializationViaUnsupported 400, MaterializationTargetUriInvalid 400, MaterializationNoVerifiedSource 409.
         */
        post: operations["RequestMaterializationController_request"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/materializations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read a materialization with its live transfer counters, rate and ETA, its new copy and its error
         * @description States: Pending → Transferring → Verifying → Verified, or Failed / Cancelled. `transfer` shows the adapter’s counters while it runs (Suspended is not terminal: it waits, e.g. for credentials), the final ones after. A Failed one says why in `error: { code, detail }`.
         */
        get: operations["GetMaterializationController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/materializations/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel a materialization (202): a Pending one ends Cancelled at once; a Transferring one is cancelled at the adapter
         * @description The job cancels the running transfer at its adapter (the local copy stops mid-file, a Globus task is cancelled) and the materialization ends Cancelled with nothing registered. Cancelling one that is Verifying or finished changes nothing (still 202).
         */
        post: operations["CancelMaterializationController_cancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/artifacts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Fetch the bytes of an artifact
         * @description Only the depositor, an admin or a member of the group `admins` may fetch. 200 with the exact bytes, `Content-Type` exactly as recorded (no charset added), `Content-Disposition: attachment; filename="<32 hex id>"`, `X-Content-Type-Options: nosniff`, `ETag` (the quoted SHA-256), `Accept-Ranges: bytes`, `Cache-Control: private, no-cache`. One `Range: bytes=a-b` (or `a-`, `-n`) → 206 with `Content-Range`; a range past the end → 416 RangeNotSatisfiable; several ranges or a malformed Range are ignored (200). `If-Range` and `If-None-Match` (→ 304) use the ETag. HEAD answers the headers. Errors: 400 ValidationFailed (no uri), 404 ArtifactNotFound (unknown, malformed or foreign URI), 403 Forbidden.
         */
        get: operations["FetchArtifactController_fetch"];
        put?: never;
        /**
         * Deposit an artifact (multipart/form-data, exactly one file part named "file")
         * @description Streams the part into the artifact store (never buffered whole), computing its SHA-256 on the way, and records it once the bytes are durable. Answers exactly { artifactUri, sizeBytes, contentType, sha256 }; `artifactUri` (`custody://artifacts/<32 hex>`) is fresh for every deposit, so depositing the same bytes twice gives two URIs, and nothing ever overwrites stored bytes. `contentType` is the part’s own `type/subtype` (lowercased, parameters such as charset dropped), or `application/octet-stream` when it has none or a malformed one; the file name is not kept. The part must be a file part (a `filename` in its Content-Disposition, or the type application/octet-stream). Errors: 400 ValidationFailed (not multipart, no boundary, no part, several parts, a stray field, a wrong part name, a malformed or truncated body); 413 PayloadTooLarge over CUSTODY_MAX_ARTIFACT_BYTES, refused while streaming (reading stops, nothing is kept; the connection is closed shortly after the answer). An upload may take as long as it needs but is dropped after 2 minutes without a byte. With Idempotency-Key, a retry with the same content (sha256, size, type) answers the first deposit again and keeps nothing new; other content under the same key is 422 IdempotencyKeyReused.
         */
        post: operations["DepositArtifactController_deposit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/artifacts/metadata": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read what custody recorded about an artifact
         * @description { artifactUri, sizeBytes, contentType, sha256, createdBy, createdAt }. Same rule as the fetch: the depositor, an admin or a member of the group `admins`. Errors: 400 ValidationFailed (no uri), 404 ArtifactNotFound (unknown, malformed or foreign URI), 403 Forbidden.
         */
        get: operations["GetArtifactMetadataController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/lineage/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Open a lineage registration session (or resume it by clientSessionId)
         * @description A traced pipeline registers its lineage in one session: jobs, then artifacts (with their real hashes and size), then links, then finalize. The same `clientSessionId` again (same principal) answers 200 with `created: false` and the session’s status.
         */
        post: operations["OpenLineageSessionController_open"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/lineage/sessions/{sessionId}/jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Stage a batch of jobs in a lineage session
         * @description Up to 10,000 jobs per request (bodies up to 16 MiB on the lineage batch routes). Jobs the session holds already count as `existing`. A job may name the custody `runId` it was part of.
         */
        post: operations["StageLineageJobsController_stage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/lineage/sessions/{sessionId}/artifacts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Register a batch of artifacts (real hashes and size) in a lineage session
         * @description Up to 10,000 artifacts per request (bodies up to 16 MiB). Each has one to three hashes (sha256 and blake3: 64 hex digits, md5: 32), `size ≥ 0` and a `sourceType` (file, s3, gs, https, custody, none). A hash already known names that artifact (`existing`) and must agree on size; a `custody://` source must equal its deposit. Only registered artifacts can be linked: nothing ever comes into being by a link.
         */
        post: operations["StageLineageArtifactsController_stage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/lineage/sessions/{sessionId}/links": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Link staged jobs to registered artifacts (all or nothing)
         * @description Up to 10,000 links per request (bodies up to 16 MiB), 100,000 per session. `direction` input: the job read the artifact; output: it wrote it. An unregistered hash is 404 LineageArtifactNotRegistered naming it, a job the session has not staged 404 LineageJobNotFound; either way nothing of the batch is linked.
         */
        post: operations["LinkLineageArtifactsController_link"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/lineage/sessions/{sessionId}/finalize": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Finalize a lineage session: check the counts and seal it under its lineageHash
         * @description `expected` must match the staged jobs, input links and output links (409 LineageCountsMismatch, the session stays open). A job another session finalized first is 409 LineageJobConflict. The lineageHash is the SHA-256 (hex) of a canonical rendering: one line per item, `"git" repo commit branch`, `"job" jobUid command stepNumber startedAt durationSeconds exitCode runId`, `"artifact" hashes size sourceType sourceUrl` (hashes `alg:digest` in the order sha256, blake3, md5, joined by `,`), `"link" jobUid direction artifact path` (artifact: its preferred `alg:digest`); each field a JSON literal with non-ASCII escaped (absent: null), separated by a tab, each line ending in a newline; the lines sorted and concatenated. The same content in any order gives the same hash. Finalizing again answers the same.
         */
        post: operations["FinalizeLineageSessionController_finalize"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/lineage/artifacts/{hash}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read a lineage artifact by one of its hashes, with the jobs that produced and consumed it
         * @description The path is `<algorithm>:<digest>` (sha256, blake3 or md5), e.g. `/v1/lineage/artifacts/sha256:9f86…`.
         */
        get: operations["GetLineageArtifactController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/lineage/graph": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Walk the lineage graph from a node, upstream, downstream or both, 1 to 50 edges deep
         * @description One graph across the contexts: an asset or fixture `collectedBy` a dataset points to its instrument; a run `used` its input datasets; a job is `partOf` the run it names; a job `used` and `generated` artifacts; a lineage artifact is `sameAs` the dataset with its sha256 or the deposit its custody:// source names. Edges read from → to: `generated` from the job to the artifact, the others from the dependent to what it depends on. Upstream walks towards sources. Lineage sessions enter the graph when finalized. A walk stops at 10,000 nodes (`truncated: true`).
         */
        get: operations["QueryLineageGraphController_query"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/lineage/openlineage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record an OpenLineage RunEvent in the lineage graph
         * @description The body is an OpenLineage 2-0-2 RunEvent, validated against its JSON Schema (400 ValidationFailed names every problem). The run becomes a job node `job:<runId>`; its inputs (`used`) and outputs (`generated`) become artifacts named by a hash facet (`{ algorithm, digest }` or `hashes: [...]`) when one is present, else `artifact:openlineage:<URI-encoded namespace>:<name>`. Events of one run merge; the same event again (eventType and eventTime) records nothing.
         */
        post: operations["IngestOpenlineageEventController_ingest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        CreatedPrincipal: {
            principalId: string;
            name: string;
            roles: ("admin" | "operator" | "worker" | "reader")[];
            groups: string[];
            /** @description The bearer token (cus_…), shown only this once (absent from an idempotent replay) */
            token?: string;
        };
        Principal: {
            principalId: string;
            name: string;
            roles: ("admin" | "operator" | "worker" | "reader")[];
            groups: string[];
        };
        GetPrincipalResponse: {
            /** Format: uuid */
            principalId: string;
            name: string;
            roles: ("admin" | "operator" | "worker" | "reader")[];
            groups: string[];
            /** @description false once disabled: its tokens answer 401 */
            enabled: boolean;
            /** @description ISO 8601 UTC */
            createdAt: string;
        };
        ListPrincipalsResponse: {
            items: components["schemas"]["GetPrincipalResponse"][];
            nextCursor: string | null;
        };
        RotatePrincipalTokenResponse: {
            /** @description The new bearer token, shown only this once; the old one no longer works */
            token: string;
        };
        Liveness: {
            /** @constant */
            status: "ok";
        };
        Readiness: {
            /** @constant */
            status: "ok";
            /** @description Each check by name: database, migrations, projections, artifactStore */
            info: {
                [key: string]: {
                    /** @enum {string} */
                    status: "up" | "down" | "degraded";
                } & {
                    [key: string]: unknown;
                };
            };
        };
        ListProjectionsResponse: {
            items: components["schemas"]["ProjectionStatus"][];
            nextCursor: null;
        };
        RebuildProjectionResponse: {
            name: string;
            /** @description Events replayed into the emptied projection */
            eventsProcessed: number;
        };
        DepositReceipt: {
            /** @description Opaque: custody://artifacts/<32 hex> */
            artifactUri: string;
            sizeBytes: number;
            contentType: string;
            /** @description 64 hex digits */
            sha256: string;
        };
        ArtifactMetadata: {
            artifactUri: string;
            sizeBytes: number;
            contentType: string;
            sha256: string;
            /** @description principalId of the depositor */
            createdBy: string;
            /** @description ISO 8601 UTC time */
            createdAt: string;
        };
        FinalizeLineageSessionResponse: {
            /** Format: uuid */
            sessionId: string;
            /** @constant */
            status: "closed";
            /** @description SHA-256 of the canonical rendering of jobs, artifacts, links and git context (order-independent) */
            lineageHash: string;
        };
        GetLineageArtifactResponse: {
            artifact: {
                /** @description Its graph node: artifact:<preferred alg>:<digest> */
                id: string;
                hashes: {
                    /** @enum {string} */
                    algorithm: "sha256" | "blake3" | "md5";
                    digest: string;
                }[];
                size: number;
                /** @enum {string} */
                sourceType: "file" | "s3" | "gs" | "https" | "custody" | "none";
                sourceUrl: string | null;
            };
            /** @description Jobs of finalized lineage (and OpenLineage runs) that generated it */
            producedBy: ({
                /** @description job:<jobUid> */
                id: string;
                jobUid: string;
            } & {
                [key: string]: unknown;
            })[];
            /** @description Jobs that used it */
            consumedBy: ({
                /** @description job:<jobUid> */
                id: string;
                jobUid: string;
            } & {
                [key: string]: unknown;
            })[];
        };
        IngestOpenlineageEventResponse: {
            /** Format: uuid */
            runId: string;
            /** @description The graph node of the run, as a job: job:<runId> */
            jobNodeId: string;
            /** @description false when this event (eventType and eventTime) had been recorded before */
            recorded: boolean;
            /**
             * @description The run’s state after the event
             * @enum {string}
             */
            state: "START" | "RUNNING" | "COMPLETE" | "ABORT" | "FAIL" | "OTHER";
        };
        LinkLineageArtifactsResponse: {
            /** @description The distinct links of the batch, all now linked */
            linked: number;
        };
        OpenLineageSessionResponse: {
            /** Format: uuid */
            sessionId: string;
            /** @description false when an existing session with this clientSessionId was resumed */
            created: boolean;
            /** @enum {string} */
            status: "open" | "closed";
        };
        QueryLineageGraphResponse: {
            /** @description The nodes reached, the start node first */
            nodes: ({
                /** @description kind:…, as the node parameter names it */
                id: string;
                /** @enum {string} */
                kind: "artifact" | "job" | "dataset" | "run" | "asset" | "fixture";
                /** @description Edges from the start node */
                depth: number;
            } & {
                [key: string]: unknown;
            })[];
            /** @description The edges among them */
            edges: {
                from: string;
                to: string;
                /** @enum {string} */
                kind: "collectedBy" | "used" | "generated" | "partOf" | "sameAs";
            }[];
            /** @description true when the walk stopped at 10,000 nodes */
            truncated: boolean;
        };
        StageLineageArtifactsResponse: {
            /** @description Items new to this session */
            created: number;
            /** @description Items it already knew (sent again, or known from before) */
            existing: number;
        };
        Dataset: {
            datasetId: string;
            title: string;
            checksum: components["schemas"]["Checksum"];
            byteSize: number;
            intent: string | null;
            collectedBy: {
                assetId: string | null;
                fixtureId: string | null;
            } | null;
            /** @enum {string} */
            status: "Active" | "Discarded";
            /** @description ISO 8601 UTC time */
            registeredAt: string;
            discardedAt: string | null;
            /** @description Version of the stream, for optimistic concurrency */
            version: number;
        };
        ListDatasetsResponse: {
            items: components["schemas"]["Dataset"][];
            /** @description Pass as `cursor` for the next page; null on the last page */
            nextCursor: string | null;
        };
        RegisterDatasetResponse: {
            /** @description The new dataset (UUID) */
            datasetId: string;
        };
        AttestationResult: {
            attestationId: string;
            /** @enum {string} */
            outcome: "Match" | "Mismatch" | "Unreachable";
            observed: components["schemas"]["ObservedChecksum"] | null;
        };
        Distribution: {
            distributionId: string;
            datasetId: string;
            tierId: string;
            uri: string;
            checksum: components["schemas"]["Checksum"];
            byteSize: number;
            /** @enum {string} */
            status: "Registered" | "Verified" | "Stale" | "Discarded";
            lastAttestation: {
                attestationId: string;
                /** @enum {string} */
                outcome: "Match" | "Mismatch" | "Unreachable";
                observed: components["schemas"]["ObservedChecksum"] | null;
                /**
                 * @description server: the API read the bytes; reported: an edge host
                 * @enum {string}
                 */
                source: "server" | "reported";
                detail: string | null;
                /** @description ISO 8601 UTC time */
                attestedAt: string;
            } | null;
        };
        ListDatasetDistributionsResponse: {
            items: components["schemas"]["Distribution"][];
            /** @description Pass as `cursor` for the next page; null on the last page */
            nextCursor: string | null;
        };
        RegisterDistributionResponse: {
            /** @description The new copy (UUID), status Registered */
            distributionId: string;
        };
        Tier: {
            tierId: string;
            name: string;
            /** @enum {string} */
            accessProtocol: "file" | "s3" | "https" | "globus";
            rootUri: string;
            reachable: boolean;
            /** @description ISO 8601 UTC time */
            registeredAt: string;
            /** @description Version of the stream, for optimistic concurrency */
            version: number;
        };
        ListTiersResponse: {
            items: components["schemas"]["Tier"][];
            /** @description Pass as `cursor` for the next page; null on the last page */
            nextCursor: string | null;
        };
        RegisterTierResponse: {
            /** @description The new tier (UUID) */
            tierId: string;
        };
        ClearAcquisitionResponse: {
            acquisitionId: string;
            /** @description The acquisition (staging) tier */
            tierId: string;
            /** @description As registered */
            path: string;
            /** @description Canonical URI of the run under the tier root */
            uri: string;
            /** @enum {string} */
            runKind: "run" | "test";
            targetTierId: string | null;
            retention: {
                /** @enum {string} */
                policy: "manual" | "scheduled";
                retainHours: number | null;
            };
            assetId: string | null;
            fixtureId: string | null;
            expectedFiles: {
                path: string;
                size: number;
            }[] | null;
            /** @enum {string} */
            state: "staging" | "complete" | "sync_queued" | "sync_verified" | "cleared";
            /** @description Append-only; one entry per state reached */
            history: {
                /** @enum {string} */
                state: "staging" | "complete" | "sync_queued" | "sync_verified" | "cleared";
                /** @description ISO 8601 UTC */
                at: string;
                host: string | null;
                /** @description complete only */
                filesReceived?: number;
                /** @description complete only */
                bytesReceived?: number;
                /** @description sync_verified only */
                targetTierId?: string;
            }[];
            datasetId: string | null;
            /** @description The Verified copy registered from the staging files */
            stagingDistributionId: string | null;
            materializationId: string | null;
            /** @description Why the worker stopped driving it (e.g. AcquisitionFilesChanged), or null */
            error: {
                code: string;
                detail: string;
                host: string;
                at: string;
            } | null;
            /** @description After cleared: staging files deleted and the staging copy discarded */
            stagingRemoved: boolean;
            registeredAt: string;
            version: number;
        };
        ListAcquisitionsResponse: {
            items: components["schemas"]["ClearAcquisitionResponse"][];
            nextCursor: string | null;
        };
        RegisterAcquisitionResponse: {
            acquisitionId: string;
            /** @constant */
            state: "staging";
        };
        CancelMaterializationResponse: {
            /** Format: uuid */
            materializationId: string;
            /** @enum {string} */
            state: "Pending" | "Transferring" | "Verifying" | "Verified" | "Failed" | "Cancelled";
            cancelRequested: boolean;
        };
        GetMaterializationResponse: {
            /** Format: uuid */
            materializationId: string;
            /** Format: uuid */
            datasetId: string;
            /** Format: uuid */
            targetTierId: string;
            /** @enum {string} */
            via: "local" | "fdt" | "globus";
            /** @enum {string} */
            state: "Pending" | "Transferring" | "Verifying" | "Verified" | "Failed" | "Cancelled";
            source: {
                /** Format: uuid */
                distributionId: string;
                /** Format: uuid */
                tierId: string;
                path: string;
            };
            /** @description Where the copy lands, below the target tier root */
            targetPath: string;
            transfer: {
                /** @enum {string} */
                state: "Pending" | "Active" | "Suspended" | "Succeeded" | "Failed" | "Cancelled";
                bytesMoved: number;
                bytesTotal: number | null;
                filesTotal: number | null;
                filesMoved: number;
                filesSkipped: number;
                filesFailed: number;
                /** @description Failed with some files moved and some failed */
                partial: boolean;
                bytesPerSecond: number | null;
                /** @description Seconds left at the current rate; null when unknown */
                etaSeconds: number | null;
            };
            /** @description The Distribution registered on the target tier, once there is one */
            distributionId: string | null;
            error: {
                /** @description TransferEndpointUnreachable | TransferAccessDenied | TransferRejected | TransferPartial | TargetCopyMismatch | MaterializationJobAbandoned | DistributionAlreadyRegistered | … */
                code: string;
                detail: string;
            } | null;
            cancelRequested: boolean;
            requestedAt: string;
            finishedAt: string | null;
            version: number;
        };
        ListMaterializationsResponse: {
            items: components["schemas"]["GetMaterializationResponse"][];
            nextCursor: string | null;
        };
        RequestMaterializationResponse: {
            /** Format: uuid */
            materializationId: string;
            /** @constant */
            state: "Pending";
        };
        GetMethodResponse: {
            /** Format: uuid */
            methodId: string;
            name: string;
            neededInputKinds: string[];
            /** @description null: any parameters are accepted */
            parametersSchema: {
                [key: string]: unknown;
            } | null;
            /** Format: date-time */
            registeredAt: string;
            version: number;
        };
        GetRunOpenlineageResponse: {
            /** @enum {string} */
            eventType: "START" | "COMPLETE" | "ABORT" | "FAIL";
            /** Format: date-time */
            eventTime: string;
            producer: string;
            /** @constant */
            schemaURL: "https://openlineage.io/spec/2-0-2/OpenLineage.json#/$defs/RunEvent";
            run: {
                /** Format: uuid */
                runId: string;
            };
            job: {
                namespace: string;
                /** @description methods/<methodId> */
                name: string;
            };
            /** @description The input datasets, named datasets/<datasetId> */
            inputs: {
                namespace: string;
                name: string;
            }[];
            outputs: {
                namespace: string;
                name: string;
            }[];
        }[];
        GetRunResponse: {
            /** Format: uuid */
            runId: string;
            /** Format: uuid */
            methodId: string;
            /** @enum {string} */
            state: "Running" | "Held" | "Completed" | "Aborted" | "Stopped";
            inputDatasetIds: string[];
            inputCopies: {
                /** Format: uuid */
                datasetId: string;
                /**
                 * Format: uuid
                 * @description The Verified copy that let this input pass the start gate
                 */
                distributionId: string;
                /** Format: uuid */
                tierId: string;
            }[];
            parameters: {
                [key: string]: unknown;
            };
            history: {
                /** @enum {string} */
                event: "RunStarted" | "RunHeld" | "RunResumed" | "RunCompleted" | "RunAborted" | "RunStopped";
                /** @enum {string} */
                state: "Running" | "Held" | "Completed" | "Aborted" | "Stopped";
                /** Format: date-time */
                at: string;
                reason: string | null;
            }[];
            version: number;
        };
        ListMethodsResponse: {
            items: components["schemas"]["GetMethodResponse"][];
            nextCursor: string | null;
        };
        ListRunsResponse: {
            items: components["schemas"]["GetRunResponse"][];
            nextCursor: string | null;
        };
        RegisterMethodResponse: {
            /** Format: uuid */
            methodId: string;
        };
        StartRunResponse: {
            /** Format: uuid */
            runId: string;
            /** @constant */
            state: "Running";
        };
        Asset: {
            /** @description Asset (UUID) */
            assetId: string;
            name: string;
            /** @description Family (UUID) */
            familyId: string;
            /** @description Model (UUID), or null */
            modelId: string | null;
            serialNumber: string | null;
            owner: components["schemas"]["Owner"] | null;
            /** @enum {string} */
            lifecycle: "Commissioned" | "Active" | "Maintenance" | "Decommissioned";
            /** @description Mount it is installed in (UUID), or null */
            mountId: string | null;
            /** @description Fixture it is attached to (UUID), or null */
            fixtureId: string | null;
            persistentId: components["schemas"]["PersistentIdentifier"] | null;
            pendingPersistentId?: components["schemas"]["PendingPersistentIdentifier"];
            /** @description Version of the stream, for optimistic concurrency */
            version: number;
        };
        ListAssetsResponse: {
            items: components["schemas"]["Asset"][];
            /** @description Pass as `cursor` for the next page; null on the last page */
            nextCursor: string | null;
        };
        RegisterAssetResponse: {
            /** @description The new asset (UUID) */
            assetId: string;
        };
        Family: {
            /** @description Family (UUID) */
            familyId: string;
            name: string;
            /** @description Version of the stream, for optimistic concurrency */
            version: number;
        };
        Model: {
            /** @description Model (UUID) */
            modelId: string;
            /** @description Family (UUID) */
            familyId: string;
            name: string;
            manufacturer: components["schemas"]["Manufacturer"];
            /** @description Version of the stream, for optimistic concurrency */
            version: number;
        };
        ListFamiliesResponse: {
            items: components["schemas"]["Family"][];
            /** @description Pass as `cursor` for the next page; null on the last page */
            nextCursor: string | null;
        };
        ListModelsResponse: {
            items: components["schemas"]["Model"][];
            /** @description Pass as `cursor` for the next page; null on the last page */
            nextCursor: string | null;
        };
        RegisterFamilyResponse: {
            /** @description The new family (UUID) */
            familyId: string;
        };
        RegisterModelResponse: {
            /** @description The new model (UUID) */
            modelId: string;
        };
        Assembly: {
            /** @description Assembly (UUID) */
            assemblyId: string;
            name: string;
            slots: {
                name: string;
                /** @description Family (UUID) */
                familyId: string;
                count: number;
            }[];
            deprecated: boolean;
            /** @description Version of the stream, for optimistic concurrency */
            version: number;
        };
        Fixture: {
            /** @description Fixture (UUID) */
            fixtureId: string;
            /** @description Assembly (UUID) */
            assemblyId: string;
            slotAssetBindings: {
                slotName: string;
                /** @description Asset (UUID) */
                assetId: string;
            }[];
            parameterOverrides: {
                [key: string]: unknown;
            } | null;
            attachedAssetIds: string[];
            persistentId: components["schemas"]["PersistentIdentifier"] | null;
            pendingPersistentId?: components["schemas"]["PendingPersistentIdentifier"];
            /** @description Version of the stream, for optimistic concurrency */
            version: number;
        };
        ListAssembliesResponse: {
            items: components["schemas"]["Assembly"][];
            /** @description Pass as `cursor` for the next page; null on the last page */
            nextCursor: string | null;
        };
        ListFixturesResponse: {
            items: components["schemas"]["Fixture"][];
            /** @description Pass as `cursor` for the next page; null on the last page */
            nextCursor: string | null;
        };
        RegisterAssemblyResponse: {
            /** @description The new assembly (UUID) */
            assemblyId: string;
        };
        RegisterFixtureResponse: {
            /** @description The new fixture (UUID) */
            fixtureId: string;
        };
        PersistentIdentifier: {
            /** @enum {string} */
            scheme: "DOI" | "Handle";
            /** @description The identifier, e.g. 10.5072/abc */
            value: string;
        };
        PidinstRecord: {
            identifier: {
                identifier: string;
                /** @enum {string} */
                identifierType: "URN" | "DOI" | "Handle";
            };
            /** @constant */
            schemaVersion: "1.0";
            landingPage: string;
            name: string;
            owners: {
                ownerName: string;
                ownerContact?: string;
                ownerIdentifier?: {
                    ownerIdentifier: string;
                    ownerIdentifierType: string;
                };
            }[];
            manufacturers: {
                manufacturerName: string;
                manufacturerIdentifier?: {
                    manufacturerIdentifier: string;
                    manufacturerIdentifierType: string;
                };
            }[];
            model?: {
                modelName: string;
                modelIdentifier?: {
                    modelIdentifier: string;
                    modelIdentifierType: string;
                };
            };
            description?: string;
            instrumentTypes?: {
                instrumentTypeName: string;
            }[];
            measuredVariables?: string[];
            dates?: {
                date: string;
                /** @enum {string} */
                dateType: "Commissioned" | "DeCommissioned";
            }[];
            relatedIdentifiers?: {
                relatedIdentifier: string;
                /** @enum {string} */
                relatedIdentifierType: "DOI" | "Handle" | "URN" | "URL";
                relationType: string;
                relatedIdentifierName?: string;
            }[];
            alternateIdentifiers?: {
                alternateIdentifier: string;
                /** @enum {string} */
                alternateIdentifierType: "SerialNumber" | "InventoryNumber" | "Other";
                alternateIdentifierName?: string;
            }[];
        };
        AddMountResponse: {
            /** @description The new mount (UUID) */
            mountId: string;
        };
        Frame: {
            /** @description Frame (UUID) */
            frameId: string;
            name: string;
            mounts: {
                /** @description Mount (UUID) */
                mountId: string;
                slotCode: string;
                /** @description Installed asset (UUID), or null */
                assetId: string | null;
            }[];
            /** @description Version of the stream, for optimistic concurrency */
            version: number;
        };
        Mount: {
            /** @description Mount (UUID) */
            mountId: string;
            /** @description Frame (UUID) */
            frameId: string;
            slotCode: string;
            /** @description Installed asset (UUID), or null */
            assetId: string | null;
            /** @description Version of the stream, for optimistic concurrency */
            version: number;
        };
        RegisterFrameResponse: {
            /** @description The new frame (UUID) */
            frameId: string;
        };
        ProjectionStatus: {
            name: string;
            /** @description Global position of the last event processed */
            position: string;
            /** @description Committed events not yet processed (counted up to 100,000) */
            lagEvents: number;
            /** @description Age of the oldest unprocessed event, 0 when current */
            lagSeconds: number;
        };
        Checksum: {
            /** @enum {string} */
            algorithm: "sha256" | "sha256-tree";
            /** @description 64 hex digits */
            value: string;
        };
        ObservedChecksum: {
            /** @enum {string} */
            algorithm: "sha256" | "sha256-tree";
            value: string;
            byteSize: number;
        };
        Owner: {
            name: string;
            contact?: string;
            /** @description A persistent identifier, e.g. a ROR id */
            identifier?: string;
            /** @description The identifier’s scheme, e.g. "ROR" */
            identifierType?: string;
        };
        /** @description Present while an identifier request awaits the registry (e.g. after a failed mint) */
        PendingPersistentIdentifier: {
            /** @enum {string} */
            scheme: "DOI" | "Handle";
            value: string;
            requestedAt: string;
            failedAt: string | null;
            failure: string | null;
        };
        Manufacturer: {
            name: string;
            /** @description A persistent identifier, e.g. a ROR id */
            identifier?: string;
            /** @description The identifier’s scheme, e.g. "ROR" */
            identifierType?: string;
        };
        CreatePrincipalRequest: {
            /** @description Who or what the token belongs to, e.g. a person or an edge host */
            name: string;
            /** @description admin, operator, worker and/or reader */
            roles: ("admin" | "operator" | "worker" | "reader")[];
            /**
             * @description Groups; `admins` grants admin-class artifact reads
             * @default []
             */
            groups: string[];
        };
        FinalizeLineageSessionRequest: {
            /** @description What the client staged; finalize refuses (and the session stays open) when the counts differ */
            expected: {
                /** @description Jobs staged in the session */
                jobs: number;
                /** @description Input links staged */
                inputs: number;
                /** @description Output links staged */
                outputs: number;
            };
        };
        IngestOpenlineageEventRequest: {
            /**
             * @description START, RUNNING, COMPLETE, ABORT, FAIL or OTHER
             * @enum {string}
             */
            eventType?: "START" | "RUNNING" | "COMPLETE" | "ABORT" | "FAIL" | "OTHER";
            /** @description When it happened (ISO 8601 date-time) */
            eventTime: string;
            /** @description URI of the producer */
            producer: string;
            /** @description URI of the OpenLineage schema the event follows */
            schemaURL: string;
            /** @description The run: { runId, facets? } */
            run: {
                /** @description The run’s UUID */
                runId: string;
            } & {
                [key: string]: unknown;
            };
            /** @description The job: { namespace, name, facets? } */
            job: {
                /** @description The job’s namespace */
                namespace: string;
                /** @description The job’s name */
                name: string;
            } & {
                [key: string]: unknown;
            };
            /** @description Input datasets */
            inputs?: ({
                /** @description The dataset’s namespace */
                namespace: string;
                /** @description The dataset’s name within it */
                name: string;
                /** @description Dataset facets; a hash facet identifies the artifact */
                facets?: {
                    [key: string]: unknown;
                };
            } & {
                [key: string]: unknown;
            })[];
            /** @description Output datasets */
            outputs?: ({
                /** @description The dataset’s namespace */
                namespace: string;
                /** @description The dataset’s name within it */
                name: string;
                /** @description Dataset facets; a hash facet identifies the artifact */
                facets?: {
                    [key: string]: unknown;
                };
            } & {
                [key: string]: unknown;
            })[];
        } & {
            [key: string]: unknown;
        };
        LinkLineageArtifactsRequest: {
            /** @description The links, 1 to 10000 */
            links: {
                /** @description A job staged in this session */
                jobUid: string;
                /**
                 * @description input: the job read it; output: the job wrote it
                 * @enum {string}
                 */
                direction: "input" | "output";
                /** @description One hash of a registered artifact */
                hash: {
                    /**
                     * @description sha256, blake3 or md5
                     * @enum {string}
                     */
                    algorithm: "sha256" | "blake3" | "md5";
                    /** @description Hex digest: 64 digits for sha256 and blake3, 32 for md5 */
                    digest: string;
                };
                /** @description The path the job read or wrote it at */
                path: string;
            }[];
        };
        OpenLineageSessionRequest: {
            /** @description The client’s own name for the session: opening it again (same principal) resumes it */
            clientSessionId?: string;
            /** @description The git context of the traced pipeline; part of the sealed lineageHash */
            git?: {
                /** @description Repository URL or path */
                repo: string;
                /** @description Commit id */
                commit: string;
                /** @description Branch name */
                branch: string;
            };
        };
        StageLineageArtifactsRequest: {
            /** @description The artifacts, 1 to 10000 */
            artifacts: {
                /** @description Its hashes, at least one: sha256, blake3 and/or md5, one per algorithm */
                hashes: {
                    /**
                     * @description sha256, blake3 or md5
                     * @enum {string}
                     */
                    algorithm: "sha256" | "blake3" | "md5";
                    /** @description Hex digest: 64 digits for sha256 and blake3, 32 for md5 */
                    digest: string;
                }[];
                /** @description Its real size in bytes (0 only if it is empty) */
                size: number;
                /**
                 * @description Where it lives: file, s3, gs, https, custody or none
                 * @enum {string}
                 */
                sourceType: "file" | "s3" | "gs" | "https" | "custody" | "none";
                /** @description Its location; for sourceType custody, the custody://artifacts/… URI of its deposit */
                sourceUrl?: string;
            }[];
        };
        StageLineageJobsRequest: {
            /** @description The jobs, 1 to 10000 */
            jobs: {
                /** @description The job’s id, unique across finalized lineages */
                jobUid: string;
                /** @description The command line the job ran */
                command: string;
                /** @description Its step in the pipeline */
                stepNumber: number;
                /**
                 * Format: date-time
                 * @description When it started (ISO 8601)
                 */
                startedAt: string;
                /** @description How long it ran */
                durationSeconds?: number;
                /** @description Its exit code */
                exitCode?: number;
                /**
                 * Format: uuid
                 * @description The custody run it was part of (it need not be registered yet)
                 */
                runId?: string;
            }[];
        };
        RegisterDatasetRequest: {
            /** @description Human-readable title of the dataset */
            title: string;
            /** @description The dataset’s checksum: every copy must carry exactly this one */
            checksum: {
                /**
                 * @description sha256 of a file, or sha256-tree of a directory (sha256 of its sorted "<sha256>  <path>" lines)
                 * @enum {string}
                 */
                algorithm: "sha256" | "sha256-tree";
                /** @description The digest, 64 hexadecimal digits */
                value: string;
            };
            /** @description Size in bytes (for a directory, the sum of its files’ sizes) */
            byteSize: number;
            /** @description Why the dataset is kept, e.g. "raw frames of run 42" or "calibration" */
            intent?: string;
            /** @description Which instrument collected the dataset */
            collectedBy?: {
                /**
                 * Format: uuid
                 * @description The instrument (equipment asset) that collected it
                 */
                assetId?: string;
                /**
                 * Format: uuid
                 * @description The fixture (composed instrument) that collected it
                 */
                fixtureId?: string;
            };
        };
        AttestDistributionRequest: {
            /** @description What an edge host measured (role worker or above). Omit it to have the server read the bytes through the tier’s protocol. */
            observed?: {
                /**
                 * @description sha256 of a file, or sha256-tree of a directory (sha256 of its sorted "<sha256>  <path>" lines)
                 * @enum {string}
                 */
                algorithm: "sha256" | "sha256-tree";
                /** @description The digest, 64 hexadecimal digits */
                value: string;
                /** @description Size in bytes (for a directory, the sum of its files’ sizes) */
                byteSize: number;
            };
        };
        MarkDistributionStaleRequest: {
            /** @description Why the copy can no longer be trusted, e.g. "disk replaced" */
            reason: string;
        };
        RegisterDistributionRequest: {
            /**
             * Format: uuid
             * @description The dataset this is a copy of
             */
            datasetId: string;
            /**
             * Format: uuid
             * @description The storage tier the copy lies on
             */
            tierId: string;
            /** @description Where the copy lies: a path relative to the tier root, or an absolute URI (or /path) under the tier root; no ".." segments */
            uri: string;
            /** @description The copy’s checksum: must equal the dataset’s */
            checksum: {
                /**
                 * @description sha256 of a file, or sha256-tree of a directory (sha256 of its sorted "<sha256>  <path>" lines)
                 * @enum {string}
                 */
                algorithm: "sha256" | "sha256-tree";
                /** @description The digest, 64 hexadecimal digits */
                value: string;
            };
            /** @description Size in bytes (for a directory, the sum of its files’ sizes) */
            byteSize: number;
        };
        RegisterTierRequest: {
            /** @description Name of the storage tier, e.g. "detector-local" or "archive" */
            name: string;
            /**
             * @description How its bytes are read: file, s3, https or globus
             * @enum {string}
             */
            accessProtocol: "file" | "s3" | "https" | "globus";
            /** @description Root every copy on the tier lies under: file:///abs/path (or /abs/path), s3://bucket/prefix, https://host/path, globus://endpoint/path */
            rootUri: string;
            /**
             * @description Whether the server can reach the tier now (default true); unreachable tiers attest Unreachable
             * @default true
             */
            reachable: boolean;
        };
        UpdateTierReachabilityRequest: {
            /** @description Whether the server can reach the tier now; copies on an unreachable tier attest Unreachable */
            reachable: boolean;
        };
        ClearAcquisitionRequest: {
            /** @description Recorded on the cleared history entry (default: api) */
            host?: string;
        };
        RegisterAcquisitionRequest: {
            /**
             * Format: uuid
             * @description The acquisition (staging) tier the instrument writes on
             */
            tierId: string;
            /** @description The run’s folder: a path relative to the tier root, or an absolute URI or /path under it */
            path: string;
            /**
             * @description A real run or a test
             * @enum {string}
             */
            runKind: "run" | "test";
            /**
             * Format: uuid
             * @description Where the worker archives it; the worker drives only these
             */
            targetTierId?: string;
            /** @description When the staging copy goes once the archive copy is Verified: manual (POST …/clear) or scheduled after retainHours. Default manual */
            retention?: {
                /** @enum {string} */
                policy: "manual" | "scheduled";
                retainHours?: number;
            };
            /**
             * Format: uuid
             * @description The instrument that wrote it
             */
            assetId?: string;
            /**
             * Format: uuid
             * @description The fixture that wrote it
             */
            fixtureId?: string;
            /** @description Complete once every one is present at its size (otherwise: once a .complete sentinel appears) */
            expectedFiles?: {
                path: string;
                size: number;
            }[];
            /** @description The host registering it (recorded on the staging history entry) */
            host?: string;
        };
        TransitionAcquisitionRequest: {
            /**
             * @description The next state; anything else is AcquisitionIllegalTransition
             * @enum {string}
             */
            to: "staging" | "complete" | "sync_queued" | "sync_verified" | "cleared";
            /** @description The host that made the change (edge host name) */
            host: string;
            /** @description Kept on complete only */
            filesReceived?: number;
            /** @description Kept on complete only */
            bytesReceived?: number;
            /**
             * Format: uuid
             * @description Links the run’s dataset (once)
             */
            datasetId?: string;
            /**
             * Format: uuid
             * @description sync_verified: the tier whose copy must be Verified (default: the acquisition’s)
             */
            targetTierId?: string;
            /**
             * Format: uuid
             * @description Links the materialization that syncs it (once)
             */
            materializationId?: string;
        };
        RequestMaterializationRequest: {
            /**
             * Format: uuid
             * @description The dataset to copy
             */
            datasetId: string;
            /**
             * Format: uuid
             * @description The tier the new copy lands on
             */
            targetTierId: string;
            /** @description Where the copy lands: a path relative to the target tier root, or an absolute URI (or /path) under it. Default: the source copy’s path relative to its own tier root (tiers mirror each other’s layout). */
            targetUri?: string;
            /**
             * @description The transfer adapter: local (default for file tiers), fdt, or globus (default for globus tiers)
             * @enum {string}
             */
            via?: "local" | "fdt" | "globus";
        };
        AbortRunRequest: {
            /** @description Why the run ends here */
            reason: string;
        };
        RegisterMethodRequest: {
            /** @description Human-readable name of the processing method, e.g. "tomographic reconstruction" */
            name: string;
            /** @description The kinds of input the method needs (a set: duplicates are dropped), at most 64 */
            neededInputKinds?: string[];
            /** @description A JSON Schema (2020-12, or draft-07 when its $schema says so) every run’s parameters must satisfy; checked at registration */
            parametersSchema?: {
                [key: string]: unknown;
            };
        };
        StartRunRequest: {
            /**
             * Format: uuid
             * @description The method this run executes
             */
            methodId: string;
            /** @description The datasets the run reads (at most 64; duplicates are dropped). Each needs a Verified copy on a reachable tier */
            inputDatasetIds?: string[];
            /** @description The run’s parameters, validated against the method’s parametersSchema (default {}) */
            parameters?: {
                [key: string]: unknown;
            };
        };
        StopRunRequest: {
            /** @description Why the run ends here */
            reason: string;
        };
        RegisterAssetRequest: {
            /** @description Instrument name */
            name: string;
            /**
             * Format: uuid
             * @description Family the instrument belongs to
             */
            familyId: string;
            /**
             * Format: uuid
             * @description Model of the instrument (must belong to the family)
             */
            modelId?: string;
            /** @description Manufacturer serial number */
            serialNumber?: string;
            /** @description Who owns the instrument (needed for its PIDINST record) */
            owner?: {
                /** @description Owning institution or group */
                name: string;
                /**
                 * Format: email
                 * @description Contact e-mail address of the owner (PIDINST ownerContact)
                 */
                contact?: string;
                /** @description A persistent identifier, e.g. a ROR id */
                identifier?: string;
                /** @description The identifier’s scheme, e.g. "ROR" */
                identifierType?: string;
            };
        };
        RegisterFamilyRequest: {
            /** @description Family name, e.g. "Area detectors" */
            name: string;
        };
        RegisterModelRequest: {
            /**
             * Format: uuid
             * @description Family the model belongs to
             */
            familyId: string;
            /** @description Model name, e.g. "Pilatus3 X 6M" */
            name: string;
            /** @description Who makes the model (needed for PIDINST records) */
            manufacturer: {
                /** @description Full name of the manufacturer (or developer) */
                name: string;
                /** @description A persistent identifier of the manufacturer, e.g. a ROR id; needs identifierType */
                identifier?: string;
                /** @description The identifier’s scheme, e.g. "ROR"; needs identifier */
                identifierType?: string;
            };
        };
        AttachAssetToFixtureRequest: {
            /**
             * Format: uuid
             * @description The fixture whose slot bindings name the asset
             */
            fixtureId: string;
        };
        DetachAssetFromFixtureRequest: {
            /**
             * Format: uuid
             * @description The fixture the asset is attached to
             */
            fixtureId: string;
        };
        RegisterAssemblyRequest: {
            /** @description Assembly name, e.g. "SAXS end station" */
            name: string;
            /** @description The slots (1 to 100): each a name, the family of assets it takes and how many (1000 assets at most in all) */
            slots: {
                /** @description Slot name, unique within the assembly (ignoring case) */
                name: string;
                /**
                 * Format: uuid
                 * @description Family every asset bound to this slot must belong to
                 */
                familyId: string;
                /** @description How many assets the slot takes (an integer ≥ 1) */
                count: number;
            }[];
        };
        RegisterFixtureRequest: {
            /** @description One binding per asset: every slot gets exactly its count of assets; an asset fills one slot only */
            slotAssetBindings: {
                /** @description The assembly slot the asset fills (its exact name) */
                slotName: string;
                /**
                 * Format: uuid
                 * @description An installed, not decommissioned asset of the slot’s family
                 */
                assetId: string;
            }[];
            /** @description Free-form parameters of this fixture (JSON object), kept as given */
            parameterOverrides?: {
                [key: string]: unknown;
            };
        };
        AssignAssetPersistentIdRequest: {
            /**
             * @description DOI (minted by DataCite when configured) or Handle
             * @enum {string}
             */
            scheme: "DOI" | "Handle";
            /** @description The part after the prefix (<prefix>/<suffix>); a new UUID when omitted */
            suffix?: string;
        };
        AddMountRequest: {
            /** @description Position code of the mount on the frame, e.g. "A1" or "rail-2/pos-3": 1 to 64 letters, digits and . _ : / -; unique on the frame regardless of case */
            slotCode: string;
        };
        InstallAssetRequest: {
            /**
             * Format: uuid
             * @description The asset to install (must be Active and in no other mount)
             */
            assetId: string;
        };
        RegisterFrameRequest: {
            /** @description Frame name, e.g. "BL7 detector table" */
            name: string;
        };
        Problem: {
            type: string;
            title: string;
            status: number;
            detail: string;
            /** @description Stable PascalCase name of the error */
            code: string;
            errors?: {
                path: string;
                message: string;
            }[];
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    HealthController_live: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Alive */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Liveness"];
                };
            };
        };
    };
    HealthController_ready: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every check is up */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Readiness"];
                };
            };
            /** @description application/problem+json with code NotReady */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "NotReady";
                    };
                };
            };
        };
    };
    MetricsController_scrape: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Prometheus text exposition format 0.0.4 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": string;
                };
            };
        };
    };
    ListPrincipalsController_list: {
        parameters: {
            query?: {
                limit?: number | string;
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description { items, nextCursor } */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListPrincipalsResponse"];
                };
            };
            /** @description application/problem+json with code ValidationFailed | InvalidCursor */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "ValidationFailed" | "InvalidCursor";
                    };
                };
            };
            /** @description application/problem+json with code Unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "Unauthenticated";
                    };
                };
            };
            /** @description application/problem+json with code Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "Forbidden";
                    };
                };
            };
            /** @description application/problem+json with code TooManyRequests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "TooManyRequests";
                    };
                };
            };
        };
    };
    CreatePrincipalController_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry: the same key with the same body answers the first response again (status and body); the same key with another body is 422 IdempotencyKeyReused. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreatePrincipalRequest"];
            };
        };
        responses: {
            /** @description The principal and its token, shown once */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedPrincipal"];
                };
            };
            /** @description application/problem+json with code ValidationFailed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "ValidationFailed";
                    };
                };
            };
            /** @description application/problem+json with code Unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "Unauthenticated";
                    };
                };
            };
            /** @description application/problem+json with code Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "Forbidden";
                    };
                };
            };
            /** @description application/problem+json with code IdempotencyKeyReused */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "IdempotencyKeyReused";
                    };
                };
            };
            /** @description application/problem+json with code TooManyRequests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "TooManyRequests";
                    };
                };
            };
        };
    };
    GetCurrentPrincipalController_me: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The caller */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Principal"];
                };
            };
            /** @description application/problem+json with code Unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "Unauthenticated";
                    };
                };
            };
            /** @description application/problem+json with code Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "Forbidden";
                    };
                };
            };
            /** @description application/problem+json with code TooManyRequests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "TooManyRequests";
                    };
                };
            };
        };
    };
    GetPrincipalController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                principalId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The principal */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetPrincipalResponse"];
                };
            };
            /** @description application/problem+json with code ValidationFailed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "ValidationFailed";
                    };
                };
            };
            /** @description application/problem+json with code Unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "Unauthenticated";
                    };
                };
            };
            /** @description application/problem+json with code Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "Forbidden";
                    };
                };
            };
            /** @description application/problem+json with code PrincipalNotFound */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "PrincipalNotFound";
                    };
                };
            };
            /** @description application/problem+json with code TooManyRequests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "TooManyRequests";
                    };
                };
            };
        };
    };
    RotatePrincipalTokenController_rotate: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry: the same key with the same body answers the first response again (status and body); the same key with another body is 422 IdempotencyKeyReused. */
                "Idempotency-Key"?: string;
            };
            path: {
                principalId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description { token } */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RotatePrincipalTokenResponse"];
                };
            };
            /** @description application/problem+json with code ValidationFailed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "ValidationFailed";
                    };
                };
            };
            /** @description application/problem+json with code Unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "Unauthenticated";
                    };
                };
            };
            /** @description application/problem+json with code Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "Forbidden";
                    };
                };
            };
            /** @description application/problem+json with code PrincipalNotFound */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "PrincipalNotFound";
                    };
                };
            };
            /** @description application/problem+json with code PrincipalDisabled */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "PrincipalDisabled";
                    };
                };
            };
            /** @description application/problem+json with code IdempotencyKeyReused */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "IdempotencyKeyReused";
                    };
                };
            };
            /** @description application/problem+json with code TooManyRequests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "TooManyRequests";
                    };
                };
            };
        };
    };
    DisablePrincipalController_disable: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry: the same key with the same body answers the first response again (status and body); the same key with another body is 422 IdempotencyKeyReused. */
                "Idempotency-Key"?: string;
            };
            path: {
                principalId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Disabled */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description application/problem+json with code ValidationFailed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "ValidationFailed";
                    };
                };
            };
            /** @description application/problem+json with code Unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "Unauthenticated";
                    };
                };
            };
            /** @description application/problem+json with code Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "Forbidden";
                    };
                };
            };
            /** @description application/problem+json with code PrincipalNotFound */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "PrincipalNotFound";
                    };
                };
            };
            /** @description application/problem+json with code LastAdmin */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "LastAdmin";
                    };
                };
            };
            /** @description application/problem+json with code IdempotencyKeyReused */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "IdempotencyKeyReused";
                    };
                };
            };
            /** @description application/problem+json with code TooManyRequests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "TooManyRequests";
                    };
                };
            };
        };
    };
    ListProjectionsController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every projection with its bookmark and lag */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListProjectionsResponse"];
                };
            };
            /** @description application/problem+json with code Unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "Unauthenticated";
                    };
                };
            };
            /** @description application/problem+json with code Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "Forbidden";
                    };
                };
            };
            /** @description application/problem+json with code TooManyRequests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "TooManyRequests";
                    };
                };
            };
        };
    };
    RebuildProjectionController_rebuild: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry: the same key with the same body answers the first response again (status and body); the same key with another body is 422 IdempotencyKeyReused. */
                "Idempotency-Key"?: string;
            };
            path: {
                name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The projection was rebuilt */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RebuildProjectionResponse"];
                };
            };
            /** @description application/problem+json with code ValidationFailed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "ValidationFailed";
                    };
                };
            };
            /** @description application/problem+json with code Unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "Unauthenticated";
                    };
                };
            };
            /** @description application/problem+json with code Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "Forbidden";
                    };
                };
            };
            /** @description application/problem+json with code ProjectionNotFound */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "ProjectionNotFound";
                    };
                };
            };
            /** @description application/problem+json with code IdempotencyKeyReused */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "IdempotencyKeyReused";
                    };
                };
            };
            /** @description application/problem+json with code TooManyRequests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "TooManyRequests";
                    };
                };
            };
        };
    };
    ListFamiliesController_list: {
        parameters: {
            query?: {
                limit?: number | string;
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of families */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListFamiliesResponse"];
                };
            };
            /** @description application/problem+json with code InvalidCursor | ValidationFailed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "InvalidCursor" | "ValidationFailed";
                    };
                };
            };
            /** @description application/problem+json with code Unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "Unauthenticated";
                    };
                };
            };
            /** @description application/problem+json with code Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "Forbidden";
                    };
                };
            };
            /** @description application/problem+json with code TooManyRequests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "TooManyRequests";
                    };
                };
            };
        };
    };
    RegisterFamilyController_register: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry: the same key with the same body answers the first response again (status and body); the same key with another body is 422 IdempotencyKeyReused. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegisterFamilyRequest"];
            };
        };
        responses: {
            /** @description The family was registered */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegisterFamilyResponse"];
                };
            };
            /** @description application/problem+json with code ValidationFailed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "ValidationFailed";
                    };
                };
            };
            /** @description application/problem+json with code Unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "Unauthenticated";
                    };
                };
            };
            /** @description application/problem+json with code Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "Forbidden";
                    };
                };
            };
            /** @description application/problem+json with code IdempotencyKeyReused */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "IdempotencyKeyReused";
                    };
                };
            };
            /** @description application/problem+json with code TooManyRequests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "TooManyRequests";
                    };
                };
            };
        };
    };
    GetFamilyController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The family */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Family"];
                };
            };
            /** @description application/problem+json with code ValidationFailed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "ValidationFailed";
                    };
                };
            };
            /** @description application/problem+json with code Unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "Unauthenticated";
                    };
                };
            };
            /** @description application/problem+json with code Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "Forbidden";
                    };
                };
            };
            /** @description application/problem+json with code FamilyNotFound */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "FamilyNotFound";
                    };
                };
            };
            /** @description application/problem+json with code TooManyRequests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "TooManyRequests";
                    };
                };
            };
        };
    };
    ListModelsController_list: {
        parameters: {
            query?: {
                familyId?: string;
                limit?: number | string;
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of models */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListModelsResponse"];
                };
            };
            /** @description application/problem+json with code InvalidCursor | ValidationFailed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "InvalidCursor" | "ValidationFailed";
                    };
                };
            };
            /** @description application/problem+json with code Unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "Unauthenticated";
                    };
                };
            };
            /** @description application/problem+json with code Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "Forbidden";
                    };
                };
            };
            /** @description application/problem+json with code TooManyRequests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "TooManyRequests";
                    };
                };
            };
        };
    };
    RegisterModelController_register: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry: the same key with the same body answers the first response again (status and body); the same key with another body is 422 IdempotencyKeyReused. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegisterModelRequest"];
            };
        };
        responses: {
            /** @description The model was registered */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegisterModelResponse"];
                };
            };
            /** @description application/problem+json with code ValidationFailed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "ValidationFailed";
                    };
                };
            };
            /** @description application/problem+json with code Unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "Unauthenticated";
                    };
                };
            };
            /** @description application/problem+json with code Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "Forbidden";
                    };
                };
            };
            /** @description application/problem+json with code FamilyNotFound */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "FamilyNotFound";
                    };
                };
            };
            /** @description application/problem+json with code IdempotencyKeyReused */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "IdempotencyKeyReused";
                    };
                };
            };
            /** @description application/problem+json with code TooManyRequests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "TooManyRequests";
                    };
                };
            };
        };
    };
    GetModelController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The model */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Model"];
                };
            };
            /** @description application/problem+json with code ValidationFailed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "ValidationFailed";
                    };
                };
            };
            /** @description application/problem+json with code Unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "Unauthenticated";
                    };
                };
            };
            /** @description application/problem+json with code Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "Forbidden";
                    };
                };
            };
            /** @description application/problem+json with code ModelNotFound */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "ModelNotFound";
                    };
                };
            };
            /** @description application/problem+json with code TooManyRequests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "TooManyRequests";
                    };
                };
            };
        };
    };
    ListAssetsController_list: {
        parameters: {
            query?: {
                lifecycle?: "Commissioned" | "Active" | "Maintenance" | "Decommissioned";
                familyId?: string;
                limit?: number | string;
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of assets */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListAssetsResponse"];
                };
            };
            /** @description application/problem+json with code InvalidCursor | ValidationFailed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "InvalidCursor" | "ValidationFailed";
                    };
                };
            };
            /** @description application/problem+json with code Unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "Unauthenticated";
                    };
                };
            };
            /** @description application/problem+json with code Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "Forbidden";
                    };
                };
            };
            /** @description application/problem+json with code TooManyRequests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "TooManyRequests";
                    };
                };
            };
        };
    };
    RegisterAssetController_register: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry: the same key with the same body answers the first response again (status and body); the same key with another body is 422 IdempotencyKeyReused. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegisterAssetRequest"];
            };
        };
        responses: {
            /** @description The asset was registered, Commissioned */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegisterAssetResponse"];
                };
            };
            /** @description application/problem+json with code ValidationFailed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "ValidationFailed";
                    };
                };
            };
            /** @description application/problem+json with code Unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "Unauthenticated";
                    };
                };
            };
            /** @description application/problem+json with code Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "Forbidden";
                    };
                };
            };
            /** @description application/problem+json with code FamilyNotFound | ModelNotFound */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "FamilyNotFound" | "ModelNotFound";
                    };
                };
            };
            /** @description application/problem+json with code IdempotencyKeyReused */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "IdempotencyKeyReused";
                    };
                };
            };
            /** @description application/problem+json with code TooManyRequests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "TooManyRequests";
                    };
                };
            };
        };
    };
    GetAssetController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The asset */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Asset"];
                };
            };
            /** @description application/problem+json with code ValidationFailed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "ValidationFailed";
                    };
                };
            };
            /** @description application/problem+json with code Unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "Unauthenticated";
                    };
                };
            };
            /** @description application/problem+json with code Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "Forbidden";
                    };
                };
            };
            /** @description application/problem+json with code AssetNotFound */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "AssetNotFound";
                    };
                };
            };
            /** @description application/problem+json with code TooManyRequests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "TooManyRequests";
                    };
                };
            };
        };
    };
    ActivateAssetController_activate: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry: the same key with the same body answers the first response again (status and body); the same key with another body is 422 IdempotencyKeyReused. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Commissioned → Active */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description application/problem+json with code ValidationFailed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "ValidationFailed";
                    };
                };
            };
            /** @description application/problem+json with code Unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "Unauthenticated";
                    };
                };
            };
            /** @description application/problem+json with code Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "Forbidden";
                    };
                };
            };
            /** @description application/problem+json with code AssetNotFound */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "AssetNotFound";
                    };
                };
            };
            /** @description application/problem+json with code AssetCannotActivate */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "AssetCannotActivate";
                    };
                };
            };
            /** @description application/problem+json with code IdempotencyKeyReused */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "IdempotencyKeyReused";
                    };
                };
            };
            /** @description application/problem+json with code TooManyRequests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "TooManyRequests";
                    };
                };
            };
        };
    };
    BeginAssetMaintenanceController_beginMaintenance: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry: the same key with the same body answers the first response again (status and body); the same key with another body is 422 IdempotencyKeyReused. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Active → Maintenance */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description application/problem+json with code ValidationFailed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "ValidationFailed";
                    };
                };
            };
            /** @description application/problem+json with code Unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "Unauthenticated";
                    };
                };
            };
            /** @description application/problem+json with code Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "Forbidden";
                    };
                };
            };
            /** @description application/problem+json with code AssetNotFound */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "AssetNotFound";
                    };
                };
            };
            /** @description application/problem+json with code AssetCannotBeginMaintenance */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "AssetCannotBeginMaintenance";
                    };
                };
            };
            /** @description application/problem+json with code IdempotencyKeyReused */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "IdempotencyKeyReused";
                    };
                };
            };
            /** @description application/problem+json with code TooManyRequests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "TooManyRequests";
                    };
                };
            };
        };
    };
    EndAssetMaintenanceController_endMaintenance: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry: the same key with the same body answers the first response again (status and body); the same key with another body is 422 IdempotencyKeyReused. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Maintenance → Active */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description application/problem+json with code ValidationFailed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "ValidationFailed";
                    };
                };
            };
            /** @description application/problem+json with code Unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "Unauthenticated";
                    };
                };
            };
            /** @description application/problem+json with code Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "Forbidden";
                    };
                };
            };
            /** @description application/problem+json with code AssetNotFound */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "AssetNotFound";
                    };
                };
            };
            /** @description application/problem+json with code AssetCannotEndMaintenance */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "AssetCannotEndMaintenance";
                    };
                };
            };
            /** @description application/problem+json with code IdempotencyKeyReused */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "IdempotencyKeyReused";
                    };
                };
            };
            /** @description application/problem+json with code TooManyRequests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "TooManyRequests";
                    };
                };
            };
        };
    };
    DecommissionAssetController_decommission: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry: the same key with the same body answers the first response again (status and body); the same key with another body is 422 IdempotencyKeyReused. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Decommissioned (final) */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description application/problem+json with code ValidationFailed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "ValidationFailed";
                    };
                };
            };
            /** @description application/problem+json with code Unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "Unauthenticated";
                    };
                };
            };
            /** @description application/problem+json with code Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "Forbidden";
                    };
                };
            };
            /** @description application/problem+json with code AssetNotFound */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "AssetNotFound";
                    };
                };
            };
            /** @description application/problem+json with code AssetHasFixtureBinding | AssetIsInstalled | AssetCannotDecommission */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "AssetHasFixtureBinding" | "AssetIsInstalled" | "AssetCannotDecommission";
                    };
                };
            };
            /** @description application/problem+json with code IdempotencyKeyReused */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "IdempotencyKeyReused";
                    };
                };
            };
            /** @description application/problem+json with code TooManyRequests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "TooManyRequests";
                    };
                };
            };
        };
    };
    RegisterFrameController_register: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry: the same key with the same body answers the first response again (status and body); the same key with another body is 422 IdempotencyKeyReused. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegisterFrameRequest"];
            };
        };
        responses: {
            /** @description The frame was registered */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegisterFrameResponse"];
                };
            };
            /** @description application/problem+json with code ValidationFailed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "ValidationFailed";
                    };
                };
            };
            /** @description application/problem+json with code Unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "Unauthenticated";
                    };
                };
            };
            /** @description application/problem+json with code Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "Forbidden";
                    };
                };
            };
            /** @description application/problem+json with code IdempotencyKeyReused */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "IdempotencyKeyReused";
                    };
                };
            };
            /** @description application/problem+json with code TooManyRequests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "TooManyRequests";
                    };
                };
            };
        };
    };
    GetFrameController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The frame and its mounts */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Frame"];
                };
            };
            /** @description application/problem+json with code ValidationFailed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "ValidationFailed";
                    };
                };
            };
            /** @description application/problem+json with code Unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "Unauthenticated";
                    };
                };
            };
            /** @description application/problem+json with code Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "Forbidden";
                    };
                };
            };
            /** @description application/problem+json with code FrameNotFound */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "FrameNotFound";
                    };
                };
            };
            /** @description application/problem+json with code TooManyRequests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "TooManyRequests";
                    };
                };
            };
        };
    };
    AddMountController_add: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry: the same key with the same body answers the first response again (status and body); the same key with another body is 422 IdempotencyKeyReused. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddMountRequest"];
            };
        };
        responses: {
            /** @description The mount was added */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AddMountResponse"];
                };
            };
            /** @description application/problem+json with code ValidationFailed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "ValidationFailed";
                    };
                };
            };
            /** @description application/problem+json with code Unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "Unauthenticated";
                    };
                };
            };
            /** @description application/problem+json with code Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "Forbidden";
                    };
                };
            };
            /** @description application/problem+json with code FrameNotFound */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "FrameNotFound";
                    };
                };
            };
            /** @description application/problem+json with code MountSlotTaken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "MountSlotTaken";
                    };
                };
            };
            /** @description application/problem+json with code IdempotencyKeyReused */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "IdempotencyKeyReused";
                    };
                };
            };
            /** @description application/problem+json with code TooManyRequests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "TooManyRequests";
                    };
                };
            };
        };
    };
    GetMountController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The mount */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Mount"];
                };
            };
            /** @description application/problem+json with code ValidationFailed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "ValidationFailed";
                    };
                };
            };
            /** @description application/problem+json with code Unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "Unauthenticated";
                    };
                };
            };
            /** @description application/problem+json with code Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "Forbidden";
                    };
                };
            };
            /** @description application/problem+json with code MountNotFound */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "MountNotFound";
                    };
                };
            };
            /** @description application/problem+json with code TooManyRequests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "TooManyRequests";
                    };
                };
            };
        };
    };
    InstallAssetController_install: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InstallAssetRequest"];
            };
        };
        responses: {
            /** @description Installed (or it already was) */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description application/problem+json with code ValidationFailed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "ValidationFailed";
                    };
                };
            };
            /** @description application/problem+json with code Unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "Unauthenticated";
                    };
                };
            };
            /** @description application/problem+json with code Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "Forbidden";
                    };
                };
            };
            /** @description application/problem+json with code MountNotFound | AssetNotFound */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "MountNotFound" | "AssetNotFound";
                    };
                };
            };
            /** @description application/problem+json with code AssetNotInstallable | AssetAlreadyInstalledElsewhere | MountAlreadyOccupied */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "AssetNotInstallable" | "AssetAlreadyInstalledElsewhere" | "MountAlreadyOccupied";
                    };
                };
            };
            /** @description application/problem+json with code TooManyRequests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "TooManyRequests";
                    };
                };
            };
        };
    };
    UninstallAssetController_uninstall: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The mount is empty again */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description application/problem+json with code ValidationFailed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "ValidationFailed";
                    };
                };
            };
            /** @description application/problem+json with code Unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "Unauthenticated";
                    };
                };
            };
            /** @description application/problem+json with code Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "Forbidden";
                    };
                };
            };
            /** @description application/problem+json with code MountNotFound */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "MountNotFound";
                    };
                };
            };
            /** @description application/problem+json with code MountIsEmpty | MountHasFixtureBoundAsset */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "MountIsEmpty" | "MountHasFixtureBoundAsset";
                    };
                };
            };
            /** @description application/problem+json with code TooManyRequests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "TooManyRequests";
                    };
                };
            };
        };
    };
    ListAssembliesController_list: {
        parameters: {
            query?: {
                deprecated?: boolean | ("true" | "false");
                limit?: number | string;
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of assemblies */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListAssembliesResponse"];
                };
            };
            /** @description application/problem+json with code InvalidCursor | ValidationFailed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "InvalidCursor" | "ValidationFailed";
                    };
                };
            };
            /** @description application/problem+json with code Unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "Unauthenticated";
                    };
                };
            };
            /** @description application/problem+json with code Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "Forbidden";
                    };
                };
            };
            /** @description application/problem+json with code TooManyRequests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "TooManyRequests";
                    };
                };
            };
        };
    };
    RegisterAssemblyController_register: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry: the same key with the same body answers the first response again (status and body); the same key with another body is 422 IdempotencyKeyReused. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegisterAssemblyRequest"];
            };
        };
        responses: {
            /** @description The assembly was registered */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegisterAssemblyResponse"];
                };
            };
            /** @description application/problem+json with code ValidationFailed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "ValidationFailed";
                    };
                };
            };
            /** @description application/problem+json with code Unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "Unauthenticated";
                    };
                };
            };
            /** @description application/problem+json with code Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "Forbidden";
                    };
                };
            };
            /** @description application/problem+json with code FamilyNotFound */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "FamilyNotFound";
                    };
                };
            };
            /** @description application/problem+json with code IdempotencyKeyReused */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "IdempotencyKeyReused";
                    };
                };
            };
            /** @description application/problem+json with code TooManyRequests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "TooManyRequests";
                    };
                };
            };
        };
    };
    GetAssemblyController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The assembly */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Assembly"];
                };
            };
            /** @description application/problem+json with code ValidationFailed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "ValidationFailed";
                    };
                };
            };
            /** @description application/problem+json with code Unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "Unauthenticated";
                    };
                };
            };
            /** @description application/problem+json with code Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "Forbidden";
                    };
                };
            };
            /** @description application/problem+json with code AssemblyNotFound */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "AssemblyNotFound";
                    };
                };
            };
            /** @description application/problem+json with code TooManyRequests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "TooManyRequests";
                    };
                };
            };
        };
    };
    DeprecateAssemblyController_deprecate: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry: the same key with the same body answers the first response again (status and body); the same key with another body is 422 IdempotencyKeyReused. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deprecated */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description application/problem+json with code ValidationFailed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "ValidationFailed";
                    };
                };
            };
            /** @description application/problem+json with code Unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "Unauthenticated";
                    };
                };
            };
            /** @description application/problem+json with code Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "Forbidden";
                    };
                };
            };
            /** @description application/problem+json with code AssemblyNotFound */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "AssemblyNotFound";
                    };
                };
            };
            /** @description application/problem+json with code AssemblyCannotDeprecate */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "AssemblyCannotDeprecate";
                    };
                };
            };
            /** @description application/problem+json with code IdempotencyKeyReused */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "IdempotencyKeyReused";
                    };
                };
            };
            /** @description application/problem+json with code TooManyRequests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "TooManyRequests";
                    };
                };
            };
        };
    };
    RegisterFixtureController_register: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry: the same key with the same body answers the first response again (status and body); the same key with another body is 422 IdempotencyKeyReused. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegisterFixtureRequest"];
            };
        };
        responses: {
            /** @description The fixture was registered */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegisterFixtureResponse"];
                };
            };
            /** @description application/problem+json with code ValidationFailed | FixtureUnknownSlot | FixtureMappingIncomplete | FixtureAssetFamilyMismatch */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "ValidationFailed" | "FixtureUnknownSlot" | "FixtureMappingIncomplete" | "FixtureAssetFamilyMismatch";
                    };
                };
            };
            /** @description application/problem+json with code Unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "Unauthenticated";
                    };
                };
            };
            /** @description application/problem+json with code Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "Forbidden";
                    };
                };
            };
            /** @description application/problem+json with code AssemblyNotFound | FixtureAssetNotFound */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "AssemblyNotFound" | "FixtureAssetNotFound";
                    };
                };
            };
            /** @description application/problem+json with code AssemblyCannotInstantiate | FixtureAssetNotAttachable | FixtureAssetNotInstalled */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "AssemblyCannotInstantiate" | "FixtureAssetNotAttachable" | "FixtureAssetNotInstalled";
                    };
                };
            };
            /** @description application/problem+json with code IdempotencyKeyReused */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "IdempotencyKeyReused";
                    };
                };
            };
            /** @description application/problem+json with code TooManyRequests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "TooManyRequests";
                    };
                };
            };
        };
    };
    ListFixturesController_list: {
        parameters: {
            query?: {
                assemblyId?: string;
                assetId?: string;
                limit?: number | string;
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of fixtures */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListFixturesResponse"];
                };
            };
            /** @description application/problem+json with code InvalidCursor | ValidationFailed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "InvalidCursor" | "ValidationFailed";
                    };
                };
            };
            /** @description application/problem+json with code Unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "Unauthenticated";
                    };
                };
            };
            /** @description application/problem+json with code Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "Forbidden";
                    };
                };
            };
            /** @description application/problem+json with code TooManyRequests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "TooManyRequests";
                    };
                };
            };
        };
    };
    GetFixtureController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The fixture */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Fixture"];
                };
            };
            /** @description application/problem+json with code ValidationFailed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "ValidationFailed";
                    };
                };
            };
            /** @description application/problem+json with code Unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "Unauthenticated";
                    };
                };
            };
            /** @description application/problem+json with code Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "Forbidden";
                    };
                };
            };
            /** @description application/problem+json with code FixtureNotFound */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "FixtureNotFound";
                    };
                };
            };
            /** @description application/problem+json with code TooManyRequests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "TooManyRequests";
                    };
                };
            };
        };
    };
    AttachAssetToFixtureController_attach: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry: the same key with the same body answers the first response again (status and body); the same key with another body is 422 IdempotencyKeyReused. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AttachAssetToFixtureRequest"];
            };
        };
        responses: {
            /** @description Attached */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description application/problem+json with code ValidationFailed | AssetNotBoundInFixture */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "ValidationFailed" | "AssetNotBoundInFixture";
                    };
                };
            };
            /** @description application/problem+json with code Unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "Unauthenticated";
                    };
                };
            };
            /** @description application/problem+json with code Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "Forbidden";
                    };
                };
            };
            /** @description application/problem+json with code AssetNotFound | FixtureNotFound */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "AssetNotFound" | "FixtureNotFound";
                    };
                };
            };
            /** @description application/problem+json with code AssetAlreadyAttachedToFixture | AssetCannotAttachToFixture */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "AssetAlreadyAttachedToFixture" | "AssetCannotAttachToFixture";
                    };
                };
            };
            /** @description application/problem+json with code IdempotencyKeyReused */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "IdempotencyKeyReused";
                    };
                };
            };
            /** @description application/problem+json with code TooManyRequests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "TooManyRequests";
                    };
                };
            };
        };
    };
    DetachAssetFromFixtureController_detach: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry: the same key with the same body answers the first response again (status and body); the same key with another body is 422 IdempotencyKeyReused. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DetachAssetFromFixtureRequest"];
            };
        };
        responses: {
            /** @description Detached */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description application/problem+json with code ValidationFailed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "ValidationFailed";
                    };
                };
            };
            /** @description application/problem+json with code Unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "Unauthenticated";
                    };
                };
            };
            /** @description application/problem+json with code Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "Forbidden";
                    };
                };
            };
            /** @description application/problem+json with code AssetNotFound | FixtureNotFound */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "AssetNotFound" | "FixtureNotFound";
                    };
                };
            };
            /** @description application/problem+json with code AssetNotAttachedToFixture | AssetAttachedToDifferentFixture */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "AssetNotAttachedToFixture" | "AssetAttachedToDifferentFixture";
                    };
                };
            };
            /** @description application/problem+json with code IdempotencyKeyReused */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "IdempotencyKeyReused";
                    };
                };
            };
            /** @description application/problem+json with code TooManyRequests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "TooManyRequests";
                    };
                };
            };
        };
    };
    AssignAssetPersistentIdController_assign: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry: the same key with the same body answers the first response again (status and body); the same key with another body is 422 IdempotencyKeyReused. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AssignAssetPersistentIdRequest"];
            };
        };
        responses: {
            /** @description The identifier, minted and assigned */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PersistentIdentifier"];
                };
            };
            /** @description application/problem+json with code ValidationFailed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "ValidationFailed";
                    };
                };
            };
            /** @description application/problem+json with code Unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "Unauthenticated";
                    };
                };
            };
            /** @description application/problem+json with code Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "Forbidden";
                    };
                };
            };
            /** @description application/problem+json with code AssetNotFound */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "AssetNotFound";
                    };
                };
            };
            /** @description application/problem+json with code AssetPersistentIdAssignmentForbidden | AssetPersistentIdAlreadyAssigned */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "AssetPersistentIdAssignmentForbidden" | "AssetPersistentIdAlreadyAssigned";
                    };
                };
            };
            /** @description application/problem+json with code IdempotencyKeyReused */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "IdempotencyKeyReused";
                    };
                };
            };
            /** @description application/problem+json with code TooManyRequests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "TooManyRequests";
                    };
                };
            };
            /** @description application/problem+json with code PersistentIdentifierMintFailed */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "PersistentIdentifierMintFailed";
                    };
                };
            };
        };
    };
    AssignFixturePersistentIdController_assign: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry: the same key with the same body answers the first response again (status and body); the same key with another body is 422 IdempotencyKeyReused. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AssignAssetPersistentIdRequest"];
            };
        };
        responses: {
            /** @description The identifier, minted and assigned */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PersistentIdentifier"];
                };
            };
            /** @description application/problem+json with code ValidationFailed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "ValidationFailed";
                    };
                };
            };
            /** @description application/problem+json with code Unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "Unauthenticated";
                    };
                };
            };
            /** @description application/problem+json with code Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "Forbidden";
                    };
                };
            };
            /** @description application/problem+json with code FixtureNotFound */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "FixtureNotFound";
                    };
                };
            };
            /** @description application/problem+json with code FixturePersistentIdAlreadyAssigned */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "FixturePersistentIdAlreadyAssigned";
                    };
                };
            };
            /** @description application/problem+json with code IdempotencyKeyReused */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "IdempotencyKeyReused";
                    };
                };
            };
            /** @description application/problem+json with code TooManyRequests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "TooManyRequests";
                    };
                };
            };
            /** @description application/problem+json with code PersistentIdentifierMintFailed */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "PersistentIdentifierMintFailed";
                    };
                };
            };
        };
    };
    GetAssetPidinstController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The PIDINST 1.0 record */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PidinstRecord"];
                };
            };
            /** @description application/problem+json with code ValidationFailed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "ValidationFailed";
                    };
                };
            };
            /** @description application/problem+json with code AssetNotFound */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "AssetNotFound";
                    };
                };
            };
            /** @description application/problem+json with code PidinstIncomplete */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "PidinstIncomplete";
                    };
                };
            };
        };
    };
    GetFixturePidinstController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The PIDINST 1.0 record */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PidinstRecord"];
                };
            };
            /** @description application/problem+json with code ValidationFailed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "ValidationFailed";
                    };
                };
            };
            /** @description application/problem+json with code FixtureNotFound */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "FixtureNotFound";
                    };
                };
            };
            /** @description application/problem+json with code PidinstIncomplete */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "PidinstIncomplete";
                    };
                };
            };
        };
    };
    ListTiersController_list: {
        parameters: {
            query?: {
                limit?: number | string;
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of tiers */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListTiersResponse"];
                };
            };
            /** @description application/problem+json with code InvalidCursor | ValidationFailed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "InvalidCursor" | "ValidationFailed";
                    };
                };
            };
            /** @description application/problem+json with code Unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "Unauthenticated";
                    };
                };
            };
            /** @description application/problem+json with code Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "Forbidden";
                    };
                };
            };
            /** @description application/problem+json with code TooManyRequests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "TooManyRequests";
                    };
                };
            };
        };
    };
    RegisterTierController_register: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry: the same key with the same body answers the first response again (status and body); the same key with another body is 422 IdempotencyKeyReused. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegisterTierRequest"];
            };
        };
        responses: {
            /** @description The tier was registered */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegisterTierResponse"];
                };
            };
            /** @description application/problem+json with code ValidationFailed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "ValidationFailed";
                    };
                };
            };
            /** @description application/problem+json with code Unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "Unauthenticated";
                    };
                };
            };
            /** @description application/problem+json with code Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "Forbidden";
                    };
                };
            };
            /** @description application/problem+json with code TierNameTaken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "TierNameTaken";
                    };
                };
            };
            /** @description application/problem+json with code IdempotencyKeyReused */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "IdempotencyKeyReused";
                    };
                };
            };
            /** @description application/problem+json with code TooManyRequests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "TooManyRequests";
                    };
                };
            };
        };
    };
    GetTierController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The tier */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Tier"];
                };
            };
            /** @description application/problem+json with code ValidationFailed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "ValidationFailed";
                    };
                };
            };
            /** @description application/problem+json with code Unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "Unauthenticated";
                    };
                };
            };
            /** @description application/problem+json with code Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "Forbidden";
                    };
                };
            };
            /** @description application/problem+json with code TierNotFound */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "TierNotFound";
                    };
                };
            };
            /** @description application/problem+json with code TooManyRequests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "TooManyRequests";
                    };
                };
            };
        };
    };
    UpdateTierReachabilityController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateTierReachabilityRequest"];
            };
        };
        responses: {
            /** @description Reachability set */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description application/problem+json with code ValidationFailed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "ValidationFailed";
                    };
                };
            };
            /** @description application/problem+json with code Unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "Unauthenticated";
                    };
                };
            };
            /** @description application/problem+json with code Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "Forbidden";
                    };
                };
            };
            /** @description application/problem+json with code TierNotFound */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "TierNotFound";
                    };
                };
            };
            /** @description application/problem+json with code TooManyRequests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "TooManyRequests";
                    };
                };
            };
        };
    };
    ListDatasetsController_list: {
        parameters: {
            query?: {
                limit?: number | string;
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of datasets */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListDatasetsResponse"];
                };
            };
            /** @description application/problem+json with code InvalidCursor | ValidationFailed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "InvalidCursor" | "ValidationFailed";
                    };
                };
            };
            /** @description application/problem+json with code Unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "Unauthenticated";
                    };
                };
            };
            /** @description application/problem+json with code Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "Forbidden";
                    };
                };
            };
            /** @description application/problem+json with code TooManyRequests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "TooManyRequests";
                    };
                };
            };
        };
    };
    RegisterDatasetController_register: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry: the same key with the same body answers the first response again (status and body); the same key with another body is 422 IdempotencyKeyReused. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegisterDatasetRequest"];
            };
        };
        responses: {
            /** @description The dataset was registered, Active */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegisterDatasetResponse"];
                };
            };
            /** @description application/problem+json with code ValidationFailed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "ValidationFailed";
                    };
                };
            };
            /** @description application/problem+json with code Unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "Unauthenticated";
                    };
                };
            };
            /** @description application/problem+json with code Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "Forbidden";
                    };
                };
            };
            /** @description application/problem+json with code IdempotencyKeyReused */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "IdempotencyKeyReused";
                    };
                };
            };
            /** @description application/problem+json with code TooManyRequests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "TooManyRequests";
                    };
                };
            };
        };
    };
    GetDatasetController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The dataset */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Dataset"];
                };
            };
            /** @description application/problem+json with code ValidationFailed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "ValidationFailed";
                    };
                };
            };
            /** @description application/problem+json with code Unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "Unauthenticated";
                    };
                };
            };
            /** @description application/problem+json with code Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "Forbidden";
                    };
                };
            };
            /** @description application/problem+json with code DatasetNotFound */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "DatasetNotFound";
                    };
                };
            };
            /** @description application/problem+json with code TooManyRequests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "TooManyRequests";
                    };
                };
            };
        };
    };
    DiscardDatasetController_discard: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry: the same key with the same body answers the first response again (status and body); the same key with another body is 422 IdempotencyKeyReused. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Discarded */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description application/problem+json with code ValidationFailed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "ValidationFailed";
                    };
                };
            };
            /** @description application/problem+json with code Unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "Unauthenticated";
                    };
                };
            };
            /** @description application/problem+json with code Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "Forbidden";
                    };
                };
            };
            /** @description application/problem+json with code DatasetNotFound */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "DatasetNotFound";
                    };
                };
            };
            /** @description application/problem+json with code DatasetCannotDiscard */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "DatasetCannotDiscard";
                    };
                };
            };
            /** @description application/problem+json with code IdempotencyKeyReused */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "IdempotencyKeyReused";
                    };
                };
            };
            /** @description application/problem+json with code TooManyRequests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "TooManyRequests";
                    };
                };
            };
        };
    };
    RegisterDistributionController_register: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry: the same key with the same body answers the first response again (status and body); the same key with another body is 422 IdempotencyKeyReused. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegisterDistributionRequest"];
            };
        };
        responses: {
            /** @description The copy was registered */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegisterDistributionResponse"];
                };
            };
            /** @description application/problem+json with code ValidationFailed | DistributionUriOutsideTier */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "ValidationFailed" | "DistributionUriOutsideTier";
                    };
                };
            };
            /** @description application/problem+json with code Unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "Unauthenticated";
                    };
                };
            };
            /** @description application/problem+json with code Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "Forbidden";
                    };
                };
            };
            /** @description application/problem+json with code DatasetNotFound | TierNotFound */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "DatasetNotFound" | "TierNotFound";
                    };
                };
            };
            /** @description application/problem+json with code DatasetDiscarded | DistributionChecksumMismatch | DistributionAlreadyRegistered */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "DatasetDiscarded" | "DistributionChecksumMismatch" | "DistributionAlreadyRegistered";
                    };
                };
            };
            /** @description application/problem+json with code IdempotencyKeyReused */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "IdempotencyKeyReused";
                    };
                };
            };
            /** @description application/problem+json with code TooManyRequests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "TooManyRequests";
                    };
                };
            };
        };
    };
    GetDistributionController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The copy */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Distribution"];
                };
            };
            /** @description application/problem+json with code ValidationFailed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "ValidationFailed";
                    };
                };
            };
            /** @description application/problem+json with code Unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "Unauthenticated";
                    };
                };
            };
            /** @description application/problem+json with code Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "Forbidden";
                    };
                };
            };
            /** @description application/problem+json with code DistributionNotFound */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "DistributionNotFound";
                    };
                };
            };
            /** @description application/problem+json with code TooManyRequests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "TooManyRequests";
                    };
                };
            };
        };
    };
    ListDatasetDistributionsController_list: {
        parameters: {
            query?: {
                status?: "Registered" | "Verified" | "Stale" | "Discarded";
                limit?: number | string;
                cursor?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of the dataset’s copies */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListDatasetDistributionsResponse"];
                };
            };
            /** @description application/problem+json with code InvalidCursor | ValidationFailed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "InvalidCursor" | "ValidationFailed";
                    };
                };
            };
            /** @description application/problem+json with code Unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "Unauthenticated";
                    };
                };
            };
            /** @description application/problem+json with code Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "Forbidden";
                    };
                };
            };
            /** @description application/problem+json with code DatasetNotFound */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "DatasetNotFound";
                    };
                };
            };
            /** @description application/problem+json with code TooManyRequests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "TooManyRequests";
                    };
                };
            };
        };
    };
    DiscardDistributionController_discard: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry: the same key with the same body answers the first response again (status and body); the same key with another body is 422 IdempotencyKeyReused. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Discarded (final) */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description application/problem+json with code ValidationFailed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "ValidationFailed";
                    };
                };
            };
            /** @description application/problem+json with code Unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "Unauthenticated";
                    };
                };
            };
            /** @description application/problem+json with code Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "Forbidden";
                    };
                };
            };
            /** @description application/problem+json with code DistributionNotFound */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "DistributionNotFound";
                    };
                };
            };
            /** @description application/problem+json with code DistributionCannotDiscardLastVerified */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "DistributionCannotDiscardLastVerified";
                    };
                };
            };
            /** @description application/problem+json with code IdempotencyKeyReused */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "IdempotencyKeyReused";
                    };
                };
            };
            /** @description application/problem+json with code TooManyRequests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "TooManyRequests";
                    };
                };
            };
        };
    };
    MarkDistributionStaleController_markStale: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry: the same key with the same body answers the first response again (status and body); the same key with another body is 422 IdempotencyKeyReused. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MarkDistributionStaleRequest"];
            };
        };
        responses: {
            /** @description Stale (or it already was) */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description application/problem+json with code ValidationFailed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "ValidationFailed";
                    };
                };
            };
            /** @description application/problem+json with code Unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "Unauthenticated";
                    };
                };
            };
            /** @description application/problem+json with code Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "Forbidden";
                    };
                };
            };
            /** @description application/problem+json with code DistributionNotFound */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "DistributionNotFound";
                    };
                };
            };
            /** @description application/problem+json with code DistributionDiscarded */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "DistributionDiscarded";
                    };
                };
            };
            /** @description application/problem+json with code IdempotencyKeyReused */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "IdempotencyKeyReused";
                    };
                };
            };
            /** @description application/problem+json with code TooManyRequests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "TooManyRequests";
                    };
                };
            };
        };
    };
    AttestDistributionController_attest: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry: the same key with the same body answers the first response again (status and body); the same key with another body is 422 IdempotencyKeyReused. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AttestDistributionRequest"];
            };
        };
        responses: {
            /** @description The attestation and its outcome */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AttestationResult"];
                };
            };
            /** @description application/problem+json with code ValidationFailed | AttestationAlgorithmMismatch */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "ValidationFailed" | "AttestationAlgorithmMismatch";
                    };
                };
            };
            /** @description application/problem+json with code Unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "Unauthenticated";
                    };
                };
            };
            /** @description application/problem+json with code Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "Forbidden";
                    };
                };
            };
            /** @description application/problem+json with code DistributionNotFound */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "DistributionNotFound";
                    };
                };
            };
            /** @description application/problem+json with code DistributionDiscarded */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "DistributionDiscarded";
                    };
                };
            };
            /** @description application/problem+json with code IdempotencyKeyReused */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "IdempotencyKeyReused";
                    };
                };
            };
            /** @description application/problem+json with code TooManyRequests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "TooManyRequests";
                    };
                };
            };
        };
    };
    ListAcquisitionsController_list: {
        parameters: {
            query?: {
                state?: "staging" | "complete" | "sync_queued" | "sync_verified" | "cleared";
                tierId?: string;
                host?: string;
                limit?: number | string;
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of acquisitions */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListAcquisitionsResponse"];
                };
            };
            /** @description application/problem+json with code ValidationFailed | InvalidCursor */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "ValidationFailed" | "InvalidCursor";
                    };
                };
            };
            /** @description application/problem+json with code Unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "Unauthenticated";
                    };
                };
            };
            /** @description application/problem+json with code Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "Forbidden";
                    };
                };
            };
            /** @description application/problem+json with code TooManyRequests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "TooManyRequests";
                    };
                };
            };
        };
    };
    RegisterAcquisitionController_register: {
        parameters: {
            query?: never;
            header?: {
                /** @description Same key and body → the first answer again */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegisterAcquisitionRequest"];
            };
        };
        responses: {
            /** @description The new acquisition, staging */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegisterAcquisitionResponse"];
                };
            };
            /** @description application/problem+json with code ValidationFailed | AcquisitionPathOutsideTier | AcquisitionTargetIsAcquisitionTier */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "ValidationFailed" | "AcquisitionPathOutsideTier" | "AcquisitionTargetIsAcquisitionTier";
                    };
                };
            };
            /** @description application/problem+json with code Unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "Unauthenticated";
                    };
                };
            };
            /** @description application/problem+json with code Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "Forbidden";
                    };
                };
            };
            /** @description application/problem+json with code TierNotFound */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "TierNotFound";
                    };
                };
            };
            /** @description application/problem+json with code IdempotencyKeyReused */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "IdempotencyKeyReused";
                    };
                };
            };
            /** @description application/problem+json with code TooManyRequests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "TooManyRequests";
                    };
                };
            };
        };
    };
    GetAcquisitionController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The acquisition */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClearAcquisitionResponse"];
                };
            };
            /** @description application/problem+json with code ValidationFailed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "ValidationFailed";
                    };
                };
            };
            /** @description application/problem+json with code Unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "Unauthenticated";
                    };
                };
            };
            /** @description application/problem+json with code Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "Forbidden";
                    };
                };
            };
            /** @description application/problem+json with code AcquisitionNotFound */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "AcquisitionNotFound";
                    };
                };
            };
            /** @description application/problem+json with code TooManyRequests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "TooManyRequests";
                    };
                };
            };
        };
    };
    TransitionAcquisitionController_transition: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry: the same key with the same body answers the first response again (status and body); the same key with another body is 422 IdempotencyKeyReused. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TransitionAcquisitionRequest"];
            };
        };
        responses: {
            /** @description The acquisition after the transition */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClearAcquisitionResponse"];
                };
            };
            /** @description application/problem+json with code ValidationFailed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "ValidationFailed";
                    };
                };
            };
            /** @description application/problem+json with code Unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "Unauthenticated";
                    };
                };
            };
            /** @description application/problem+json with code Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "Forbidden";
                    };
                };
            };
            /** @description application/problem+json with code AcquisitionNotFound | DatasetNotFound */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "AcquisitionNotFound" | "DatasetNotFound";
                    };
                };
            };
            /** @description application/problem+json with code AcquisitionIllegalTransition | AcquisitionSyncNotVerified | AcquisitionCannotClear | AcquisitionDatasetMismatch */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "AcquisitionIllegalTransition" | "AcquisitionSyncNotVerified" | "AcquisitionCannotClear" | "AcquisitionDatasetMismatch";
                    };
                };
            };
            /** @description application/problem+json with code IdempotencyKeyReused */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "IdempotencyKeyReused";
                    };
                };
            };
            /** @description application/problem+json with code TooManyRequests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "TooManyRequests";
                    };
                };
            };
        };
    };
    ClearAcquisitionController_clear: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry: the same key with the same body answers the first response again (status and body); the same key with another body is 422 IdempotencyKeyReused. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ClearAcquisitionRequest"];
            };
        };
        responses: {
            /** @description The acquisition, cleared */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClearAcquisitionResponse"];
                };
            };
            /** @description application/problem+json with code ValidationFailed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "ValidationFailed";
                    };
                };
            };
            /** @description application/problem+json with code Unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "Unauthenticated";
                    };
                };
            };
            /** @description application/problem+json with code Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "Forbidden";
                    };
                };
            };
            /** @description application/problem+json with code AcquisitionNotFound */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "AcquisitionNotFound";
                    };
                };
            };
            /** @description application/problem+json with code AcquisitionIllegalTransition | AcquisitionCannotClear */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "AcquisitionIllegalTransition" | "AcquisitionCannotClear";
                    };
                };
            };
            /** @description application/problem+json with code IdempotencyKeyReused */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "IdempotencyKeyReused";
                    };
                };
            };
            /** @description application/problem+json with code TooManyRequests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "TooManyRequests";
                    };
                };
            };
        };
    };
    ListMethodsController_list: {
        parameters: {
            query?: {
                limit?: number | string;
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of methods */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListMethodsResponse"];
                };
            };
            /** @description application/problem+json with code ValidationFailed | InvalidCursor */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "ValidationFailed" | "InvalidCursor";
                    };
                };
            };
            /** @description application/problem+json with code Unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "Unauthenticated";
                    };
                };
            };
            /** @description application/problem+json with code Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "Forbidden";
                    };
                };
            };
            /** @description application/problem+json with code TooManyRequests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "TooManyRequests";
                    };
                };
            };
        };
    };
    RegisterMethodController_register: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry: the same key with the same body answers the first response again (status and body); the same key with another body is 422 IdempotencyKeyReused. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegisterMethodRequest"];
            };
        };
        responses: {
            /** @description The new method’s id */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegisterMethodResponse"];
                };
            };
            /** @description application/problem+json with code ValidationFailed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "ValidationFailed";
                    };
                };
            };
            /** @description application/problem+json with code Unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "Unauthenticated";
                    };
                };
            };
            /** @description application/problem+json with code Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "Forbidden";
                    };
                };
            };
            /** @description application/problem+json with code IdempotencyKeyReused */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "IdempotencyKeyReused";
                    };
                };
            };
            /** @description application/problem+json with code TooManyRequests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "TooManyRequests";
                    };
                };
            };
        };
    };
    GetMethodController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The method */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetMethodResponse"];
                };
            };
            /** @description application/problem+json with code ValidationFailed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "ValidationFailed";
                    };
                };
            };
            /** @description application/problem+json with code Unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "Unauthenticated";
                    };
                };
            };
            /** @description application/problem+json with code Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "Forbidden";
                    };
                };
            };
            /** @description application/problem+json with code MethodNotFound */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "MethodNotFound";
                    };
                };
            };
            /** @description application/problem+json with code TooManyRequests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "TooManyRequests";
                    };
                };
            };
        };
    };
    ListRunsController_list: {
        parameters: {
            query?: {
                state?: "Running" | "Held" | "Completed" | "Aborted" | "Stopped";
                methodId?: string;
                inputDatasetId?: string;
                limit?: number | string;
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of runs */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListRunsResponse"];
                };
            };
            /** @description application/problem+json with code ValidationFailed | InvalidCursor */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "ValidationFailed" | "InvalidCursor";
                    };
                };
            };
            /** @description application/problem+json with code Unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "Unauthenticated";
                    };
                };
            };
            /** @description application/problem+json with code Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "Forbidden";
                    };
                };
            };
            /** @description application/problem+json with code TooManyRequests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "TooManyRequests";
                    };
                };
            };
        };
    };
    StartRunController_start: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry: the same key with the same body answers the first response again (status and body); the same key with another body is 422 IdempotencyKeyReused. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StartRunRequest"];
            };
        };
        responses: {
            /** @description The new run, Running */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StartRunResponse"];
                };
            };
            /** @description application/problem+json with code ValidationFailed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "ValidationFailed";
                    };
                };
            };
            /** @description application/problem+json with code Unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "Unauthenticated";
                    };
                };
            };
            /** @description application/problem+json with code Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "Forbidden";
                    };
                };
            };
            /** @description application/problem+json with code MethodNotFound */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "MethodNotFound";
                    };
                };
            };
            /** @description application/problem+json with code RunInputNotVerified | RunInputNotReachable */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "RunInputNotVerified" | "RunInputNotReachable";
                    };
                };
            };
            /** @description application/problem+json with code IdempotencyKeyReused */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "IdempotencyKeyReused";
                    };
                };
            };
            /** @description application/problem+json with code TooManyRequests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "TooManyRequests";
                    };
                };
            };
        };
    };
    GetRunOpenlineageController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The run’s RunEvents in order */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetRunOpenlineageResponse"];
                };
            };
            /** @description application/problem+json with code ValidationFailed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "ValidationFailed";
                    };
                };
            };
            /** @description application/problem+json with code Unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "Unauthenticated";
                    };
                };
            };
            /** @description application/problem+json with code Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "Forbidden";
                    };
                };
            };
            /** @description application/problem+json with code RunNotFound */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "RunNotFound";
                    };
                };
            };
            /** @description application/problem+json with code TooManyRequests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "TooManyRequests";
                    };
                };
            };
        };
    };
    GetRunController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The run */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetRunResponse"];
                };
            };
            /** @description application/problem+json with code ValidationFailed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "ValidationFailed";
                    };
                };
            };
            /** @description application/problem+json with code Unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "Unauthenticated";
                    };
                };
            };
            /** @description application/problem+json with code Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "Forbidden";
                    };
                };
            };
            /** @description application/problem+json with code RunNotFound */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "RunNotFound";
                    };
                };
            };
            /** @description application/problem+json with code TooManyRequests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "TooManyRequests";
                    };
                };
            };
        };
    };
    HoldRunController_hold: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry: the same key with the same body answers the first response again (status and body); the same key with another body is 422 IdempotencyKeyReused. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The run is Held */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description application/problem+json with code ValidationFailed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "ValidationFailed";
                    };
                };
            };
            /** @description application/problem+json with code Unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "Unauthenticated";
                    };
                };
            };
            /** @description application/problem+json with code Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "Forbidden";
                    };
                };
            };
            /** @description application/problem+json with code RunNotFound */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "RunNotFound";
                    };
                };
            };
            /** @description application/problem+json with code RunCannotHold */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "RunCannotHold";
                    };
                };
            };
            /** @description application/problem+json with code IdempotencyKeyReused */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "IdempotencyKeyReused";
                    };
                };
            };
            /** @description application/problem+json with code TooManyRequests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "TooManyRequests";
                    };
                };
            };
        };
    };
    ResumeRunController_resume: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry: the same key with the same body answers the first response again (status and body); the same key with another body is 422 IdempotencyKeyReused. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The run is Running */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description application/problem+json with code ValidationFailed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "ValidationFailed";
                    };
                };
            };
            /** @description application/problem+json with code Unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "Unauthenticated";
                    };
                };
            };
            /** @description application/problem+json with code Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "Forbidden";
                    };
                };
            };
            /** @description application/problem+json with code RunNotFound */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "RunNotFound";
                    };
                };
            };
            /** @description application/problem+json with code RunCannotResume */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "RunCannotResume";
                    };
                };
            };
            /** @description application/problem+json with code IdempotencyKeyReused */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "IdempotencyKeyReused";
                    };
                };
            };
            /** @description application/problem+json with code TooManyRequests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "TooManyRequests";
                    };
                };
            };
        };
    };
    CompleteRunController_complete: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry: the same key with the same body answers the first response again (status and body); the same key with another body is 422 IdempotencyKeyReused. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The run is Completed */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description application/problem+json with code ValidationFailed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "ValidationFailed";
                    };
                };
            };
            /** @description application/problem+json with code Unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "Unauthenticated";
                    };
                };
            };
            /** @description application/problem+json with code Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "Forbidden";
                    };
                };
            };
            /** @description application/problem+json with code RunNotFound */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "RunNotFound";
                    };
                };
            };
            /** @description application/problem+json with code RunCannotComplete */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "RunCannotComplete";
                    };
                };
            };
            /** @description application/problem+json with code IdempotencyKeyReused */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "IdempotencyKeyReused";
                    };
                };
            };
            /** @description application/problem+json with code TooManyRequests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "TooManyRequests";
                    };
                };
            };
        };
    };
    AbortRunController_abort: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry: the same key with the same body answers the first response again (status and body); the same key with another body is 422 IdempotencyKeyReused. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AbortRunRequest"];
            };
        };
        responses: {
            /** @description The run is Aborted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description application/problem+json with code ValidationFailed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "ValidationFailed";
                    };
                };
            };
            /** @description application/problem+json with code Unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "Unauthenticated";
                    };
                };
            };
            /** @description application/problem+json with code Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "Forbidden";
                    };
                };
            };
            /** @description application/problem+json with code RunNotFound */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "RunNotFound";
                    };
                };
            };
            /** @description application/problem+json with code RunCannotAbort */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "RunCannotAbort";
                    };
                };
            };
            /** @description application/problem+json with code IdempotencyKeyReused */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "IdempotencyKeyReused";
                    };
                };
            };
            /** @description application/problem+json with code TooManyRequests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "TooManyRequests";
                    };
                };
            };
        };
    };
    StopRunController_stop: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry: the same key with the same body answers the first response again (status and body); the same key with another body is 422 IdempotencyKeyReused. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StopRunRequest"];
            };
        };
        responses: {
            /** @description The run is Stopped */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description application/problem+json with code ValidationFailed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "ValidationFailed";
                    };
                };
            };
            /** @description application/problem+json with code Unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "Unauthenticated";
                    };
                };
            };
            /** @description application/problem+json with code Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "Forbidden";
                    };
                };
            };
            /** @description application/problem+json with code RunNotFound */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "RunNotFound";
                    };
                };
            };
            /** @description application/problem+json with code RunCannotStop */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "RunCannotStop";
                    };
                };
            };
            /** @description application/problem+json with code IdempotencyKeyReused */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "IdempotencyKeyReused";
                    };
                };
            };
            /** @description application/problem+json with code TooManyRequests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "TooManyRequests";
                    };
                };
            };
        };
    };
    ListMaterializationsController_list: {
        parameters: {
            query?: {
                datasetId?: string;
                state?: "Pending" | "Transferring" | "Verifying" | "Verified" | "Failed" | "Cancelled";
                limit?: number | string;
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of materializations */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListMaterializationsResponse"];
                };
            };
            /** @description application/problem+json with code ValidationFailed | InvalidCursor */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "ValidationFailed" | "InvalidCursor";
                    };
                };
            };
            /** @description application/problem+json with code Unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "Unauthenticated";
                    };
                };
            };
            /** @description application/problem+json with code Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "Forbidden";
                    };
                };
            };
            /** @description application/problem+json with code TooManyRequests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "TooManyRequests";
                    };
                };
            };
        };
    };
    RequestMaterializationController_request: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry: the same key with the same body answers the first response again (status and body); the same key with another body is 422 IdempotencyKeyReused. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RequestMaterializationRequest"];
            };
        };
        responses: {
            /** @description { materializationId, state: "Pending" } */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RequestMaterializationResponse"];
                };
            };
            /** @description application/problem+json with code ValidationFailed | MaterializationViaUnsupported | MaterializationTargetUriInvalid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "ValidationFailed" | "MaterializationViaUnsupported" | "MaterializationTargetUriInvalid";
                    };
                };
            };
            /** @description application/problem+json with code Unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "Unauthenticated";
                    };
                };
            };
            /** @description application/problem+json with code Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "Forbidden";
                    };
                };
            };
            /** @description application/problem+json with code DatasetNotFound | TierNotFound */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "DatasetNotFound" | "TierNotFound";
                    };
                };
            };
            /** @description application/problem+json with code MaterializationNoVerifiedSource */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "MaterializationNoVerifiedSource";
                    };
                };
            };
            /** @description application/problem+json with code IdempotencyKeyReused */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "IdempotencyKeyReused";
                    };
                };
            };
            /** @description application/problem+json with code TooManyRequests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "TooManyRequests";
                    };
                };
            };
        };
    };
    GetMaterializationController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The materialization */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetMaterializationResponse"];
                };
            };
            /** @description application/problem+json with code ValidationFailed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "ValidationFailed";
                    };
                };
            };
            /** @description application/problem+json with code Unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "Unauthenticated";
                    };
                };
            };
            /** @description application/problem+json with code Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "Forbidden";
                    };
                };
            };
            /** @description application/problem+json with code MaterializationNotFound */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "MaterializationNotFound";
                    };
                };
            };
            /** @description application/problem+json with code TooManyRequests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "TooManyRequests";
                    };
                };
            };
        };
    };
    CancelMaterializationController_cancel: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry: the same key with the same body answers the first response again (status and body); the same key with another body is 422 IdempotencyKeyReused. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Where the materialization stands after the cancel */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CancelMaterializationResponse"];
                };
            };
            /** @description application/problem+json with code ValidationFailed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "ValidationFailed";
                    };
                };
            };
            /** @description application/problem+json with code Unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "Unauthenticated";
                    };
                };
            };
            /** @description application/problem+json with code Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "Forbidden";
                    };
                };
            };
            /** @description application/problem+json with code MaterializationNotFound */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "MaterializationNotFound";
                    };
                };
            };
            /** @description application/problem+json with code IdempotencyKeyReused */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "IdempotencyKeyReused";
                    };
                };
            };
            /** @description application/problem+json with code TooManyRequests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "TooManyRequests";
                    };
                };
            };
        };
    };
    FetchArtifactController_fetch: {
        parameters: {
            query: {
                uri: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The bytes */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": string;
                };
            };
            /** @description The requested range of the bytes */
            206: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": string;
                };
            };
            /** @description If-None-Match matched the ETag */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description application/problem+json with code ValidationFailed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "ValidationFailed";
                    };
                };
            };
            /** @description application/problem+json with code Unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "Unauthenticated";
                    };
                };
            };
            /** @description application/problem+json with code Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "Forbidden";
                    };
                };
            };
            /** @description application/problem+json with code ArtifactNotFound */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "ArtifactNotFound";
                    };
                };
            };
            /** @description application/problem+json with code RangeNotSatisfiable */
            416: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "RangeNotSatisfiable";
                    };
                };
            };
            /** @description application/problem+json with code TooManyRequests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "TooManyRequests";
                    };
                };
            };
        };
    };
    DepositArtifactController_deposit: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry: the same key with the same body answers the first response again (status and body); the same key with another body is 422 IdempotencyKeyReused. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /**
                     * Format: binary
                     * @description The artifact’s bytes
                     */
                    file: string;
                };
            };
        };
        responses: {
            /** @description The artifact was stored: { artifactUri, sizeBytes, contentType, sha256 } */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DepositReceipt"];
                };
            };
            /** @description application/problem+json with code ValidationFailed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "ValidationFailed";
                    };
                };
            };
            /** @description application/problem+json with code Unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "Unauthenticated";
                    };
                };
            };
            /** @description application/problem+json with code Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "Forbidden";
                    };
                };
            };
            /** @description application/problem+json with code PayloadTooLarge */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "PayloadTooLarge";
                    };
                };
            };
            /** @description application/problem+json with code IdempotencyKeyReused */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "IdempotencyKeyReused";
                    };
                };
            };
            /** @description application/problem+json with code TooManyRequests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "TooManyRequests";
                    };
                };
            };
        };
    };
    GetArtifactMetadataController_get: {
        parameters: {
            query: {
                uri: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description What custody recorded about the artifact */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ArtifactMetadata"];
                };
            };
            /** @description application/problem+json with code ValidationFailed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "ValidationFailed";
                    };
                };
            };
            /** @description application/problem+json with code Unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "Unauthenticated";
                    };
                };
            };
            /** @description application/problem+json with code Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "Forbidden";
                    };
                };
            };
            /** @description application/problem+json with code ArtifactNotFound */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "ArtifactNotFound";
                    };
                };
            };
            /** @description application/problem+json with code TooManyRequests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "TooManyRequests";
                    };
                };
            };
        };
    };
    OpenLineageSessionController_open: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry: the same key with the same body answers the first response again (status and body); the same key with another body is 422 IdempotencyKeyReused. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OpenLineageSessionRequest"];
            };
        };
        responses: {
            /** @description the session opened before under this clientSessionId, created: false */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpenLineageSessionResponse"];
                };
            };
            /** @description { sessionId, created: true, status: "open" } */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpenLineageSessionResponse"];
                };
            };
            /** @description application/problem+json with code ValidationFailed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "ValidationFailed";
                    };
                };
            };
            /** @description application/problem+json with code Unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "Unauthenticated";
                    };
                };
            };
            /** @description application/problem+json with code Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "Forbidden";
                    };
                };
            };
            /** @description application/problem+json with code IdempotencyKeyReused */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "IdempotencyKeyReused";
                    };
                };
            };
            /** @description application/problem+json with code TooManyRequests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "TooManyRequests";
                    };
                };
            };
        };
    };
    StageLineageJobsController_stage: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry: the same key with the same body answers the first response again (status and body); the same key with another body is 422 IdempotencyKeyReused. */
                "Idempotency-Key"?: string;
            };
            path: {
                sessionId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StageLineageJobsRequest"];
            };
        };
        responses: {
            /** @description { created, existing } */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StageLineageArtifactsResponse"];
                };
            };
            /** @description application/problem+json with code ValidationFailed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "ValidationFailed";
                    };
                };
            };
            /** @description application/problem+json with code Unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "Unauthenticated";
                    };
                };
            };
            /** @description application/problem+json with code Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "Forbidden";
                    };
                };
            };
            /** @description application/problem+json with code LineageSessionNotFound */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "LineageSessionNotFound";
                    };
                };
            };
            /** @description application/problem+json with code LineageJobConflict | LineageSessionClosed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "LineageJobConflict" | "LineageSessionClosed";
                    };
                };
            };
            /** @description application/problem+json with code PayloadTooLarge */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "PayloadTooLarge";
                    };
                };
            };
            /** @description application/problem+json with code IdempotencyKeyReused */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "IdempotencyKeyReused";
                    };
                };
            };
            /** @description application/problem+json with code TooManyRequests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "TooManyRequests";
                    };
                };
            };
        };
    };
    StageLineageArtifactsController_stage: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry: the same key with the same body answers the first response again (status and body); the same key with another body is 422 IdempotencyKeyReused. */
                "Idempotency-Key"?: string;
            };
            path: {
                sessionId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StageLineageArtifactsRequest"];
            };
        };
        responses: {
            /** @description { created, existing } */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StageLineageArtifactsResponse"];
                };
            };
            /** @description application/problem+json with code ValidationFailed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "ValidationFailed";
                    };
                };
            };
            /** @description application/problem+json with code Unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "Unauthenticated";
                    };
                };
            };
            /** @description application/problem+json with code Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "Forbidden";
                    };
                };
            };
            /** @description application/problem+json with code LineageSessionNotFound | ArtifactNotFound */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "LineageSessionNotFound" | "ArtifactNotFound";
                    };
                };
            };
            /** @description application/problem+json with code LineageArtifactMismatch | LineageSessionClosed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "LineageArtifactMismatch" | "LineageSessionClosed";
                    };
                };
            };
            /** @description application/problem+json with code PayloadTooLarge */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "PayloadTooLarge";
                    };
                };
            };
            /** @description application/problem+json with code IdempotencyKeyReused */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "IdempotencyKeyReused";
                    };
                };
            };
            /** @description application/problem+json with code TooManyRequests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "TooManyRequests";
                    };
                };
            };
        };
    };
    LinkLineageArtifactsController_link: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry: the same key with the same body answers the first response again (status and body); the same key with another body is 422 IdempotencyKeyReused. */
                "Idempotency-Key"?: string;
            };
            path: {
                sessionId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LinkLineageArtifactsRequest"];
            };
        };
        responses: {
            /** @description { linked } */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LinkLineageArtifactsResponse"];
                };
            };
            /** @description application/problem+json with code ValidationFailed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "ValidationFailed";
                    };
                };
            };
            /** @description application/problem+json with code Unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "Unauthenticated";
                    };
                };
            };
            /** @description application/problem+json with code Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "Forbidden";
                    };
                };
            };
            /** @description application/problem+json with code LineageArtifactNotRegistered | LineageJobNotFound | LineageSessionNotFound */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "LineageArtifactNotRegistered" | "LineageJobNotFound" | "LineageSessionNotFound";
                    };
                };
            };
            /** @description application/problem+json with code LineageSessionClosed | LineageSessionFull */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "LineageSessionClosed" | "LineageSessionFull";
                    };
                };
            };
            /** @description application/problem+json with code PayloadTooLarge */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "PayloadTooLarge";
                    };
                };
            };
            /** @description application/problem+json with code IdempotencyKeyReused */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "IdempotencyKeyReused";
                    };
                };
            };
            /** @description application/problem+json with code TooManyRequests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "TooManyRequests";
                    };
                };
            };
        };
    };
    FinalizeLineageSessionController_finalize: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry: the same key with the same body answers the first response again (status and body); the same key with another body is 422 IdempotencyKeyReused. */
                "Idempotency-Key"?: string;
            };
            path: {
                sessionId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FinalizeLineageSessionRequest"];
            };
        };
        responses: {
            /** @description { sessionId, status: "closed", lineageHash } */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FinalizeLineageSessionResponse"];
                };
            };
            /** @description application/problem+json with code ValidationFailed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "ValidationFailed";
                    };
                };
            };
            /** @description application/problem+json with code Unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "Unauthenticated";
                    };
                };
            };
            /** @description application/problem+json with code Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "Forbidden";
                    };
                };
            };
            /** @description application/problem+json with code LineageSessionNotFound */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "LineageSessionNotFound";
                    };
                };
            };
            /** @description application/problem+json with code LineageCountsMismatch | LineageJobConflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "LineageCountsMismatch" | "LineageJobConflict";
                    };
                };
            };
            /** @description application/problem+json with code IdempotencyKeyReused */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "IdempotencyKeyReused";
                    };
                };
            };
            /** @description application/problem+json with code TooManyRequests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "TooManyRequests";
                    };
                };
            };
        };
    };
    GetLineageArtifactController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                hash: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description { artifact, producedBy, consumedBy } */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetLineageArtifactResponse"];
                };
            };
            /** @description application/problem+json with code ValidationFailed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "ValidationFailed";
                    };
                };
            };
            /** @description application/problem+json with code Unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "Unauthenticated";
                    };
                };
            };
            /** @description application/problem+json with code Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "Forbidden";
                    };
                };
            };
            /** @description application/problem+json with code LineageArtifactNotFound */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "LineageArtifactNotFound";
                    };
                };
            };
            /** @description application/problem+json with code TooManyRequests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "TooManyRequests";
                    };
                };
            };
        };
    };
    QueryLineageGraphController_query: {
        parameters: {
            query: {
                node: string;
                direction?: "upstream" | "downstream" | "both";
                depth?: number | string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description { nodes, edges, truncated } */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QueryLineageGraphResponse"];
                };
            };
            /** @description application/problem+json with code ValidationFailed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "ValidationFailed";
                    };
                };
            };
            /** @description application/problem+json with code Unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "Unauthenticated";
                    };
                };
            };
            /** @description application/problem+json with code Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "Forbidden";
                    };
                };
            };
            /** @description application/problem+json with code ArtifactNotFound | JobNotFound | DatasetNotFound | RunNotFound | AssetNotFound | FixtureNotFound */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "ArtifactNotFound" | "JobNotFound" | "DatasetNotFound" | "RunNotFound" | "AssetNotFound" | "FixtureNotFound";
                    };
                };
            };
            /** @description application/problem+json with code TooManyRequests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "TooManyRequests";
                    };
                };
            };
        };
    };
    IngestOpenlineageEventController_ingest: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry: the same key with the same body answers the first response again (status and body); the same key with another body is 422 IdempotencyKeyReused. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["IngestOpenlineageEventRequest"];
            };
        };
        responses: {
            /** @description { runId, jobNodeId, recorded, state } */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IngestOpenlineageEventResponse"];
                };
            };
            /** @description application/problem+json with code ValidationFailed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "ValidationFailed";
                    };
                };
            };
            /** @description application/problem+json with code Unauthenticated */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "Unauthenticated";
                    };
                };
            };
            /** @description application/problem+json with code Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "Forbidden";
                    };
                };
            };
            /** @description application/problem+json with code IdempotencyKeyReused */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "IdempotencyKeyReused";
                    };
                };
            };
            /** @description application/problem+json with code TooManyRequests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "TooManyRequests";
                    };
                };
            };
        };
    };
}
