package io.hexaredis.features;

import org.junit.platform.suite.api.IncludeEngines;
import org.junit.platform.suite.api.SelectPackages;
import org.junit.platform.suite.api.Suite;

/** Runs every .feature under io/hexaredis/features against a real server (see steps.World). */
@Suite
@IncludeEngines("cucumber")
@SelectPackages("io.hexaredis.features")
public class RunFeaturesTest {}
