package io.dsmig.dsl.ast;

/** One statement of a script, with its position. */
public sealed interface Statement permits SeedStatement,
        ParamStatement,
        LoadStatement,
        ImageStatement,
        VolumeStatement,
        CatalogStatement,
        AliasStatement,
        DatasetStatement,
        ClusterStatement,
        AixStatement,
        PathStatement,
        PopulateStatement,
        TimingStatement,
        ApplicationStatement,
        ChurnStatement,
        SelectStatement,
        WhatifStatement,
        HookStatement,
        RunStatement,
        StatusStatement,
        ShowStatement,
        VerifyStatement,
        ReportStatement,
        AbortStatement,
        AppControlStatement,
        ImageControlStatement {

    Pos pos();
}
