package com.cosell.backend.referral.domain;

public enum SalesStage { Qualify, Develop, Propose, Close }
