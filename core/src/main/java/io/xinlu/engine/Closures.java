package io.xinlu.engine;

import static com.google.common.base.Preconditions.checkArgument;

import io.xinlu.economy.CityProfile;
import io.xinlu.economy.Sector;
import io.xinlu.policy.ClosedAssets;
import io.xinlu.policy.Effect;
import io.xinlu.policy.Project;
import io.xinlu.policy.SectorSelector;
import io.xinlu.scenario.CityModel;
import java.util.Arrays;

/**
 * The closures of one compilation whose closed assets are described (section 22 of {@code docs/MODEL.md}): for each,
 * the project carried out (its position among the scenario's projects), the sector whose capacity closes, the
 * original capital, the built year and the life, with the parameter values that replace the capital and the life
 * put in. Whether the model describes any closed assets at all decides whether a run has a stranded-asset account.
 * Immutable after construction and thread-safe.
 */
final class Closures {
  /** Whether some project of the model describes its closed assets. */
  final boolean available;
  /** Per closure: the project carried out, the sector, the capital, the built year and the life. */
  final int[] project;
  final int[] sector;
  final double[] capital;
  final double[] built;
  final double[] life;
  /** Per closure: the project's index in the model's order, where parameter values are put in. */
  private final int[] modelIndex;

  private Closures(boolean available, int[] project, int[] sector, double[] capital, double[] built, double[] life,
      int[] modelIndex) {
    this.available = available;
    this.project = project;
    this.sector = sector;
    this.capital = capital;
    this.built = built;
    this.life = life;
    this.modelIndex = modelIndex;
  }

  /** The closures of the projects a schedule carries out, with their assets as the model gives them. */
  static Closures of(CityModel model, ProjectSchedule schedule) {
    boolean available = false;
    for (Project p : model.projects()) {
      available |= p.closedAssets().isPresent();
    }
    CityProfile profile = model.profile();
    int m = schedule.m;
    int[] project = new int[m];
    int[] sector = new int[m];
    double[] capital = new double[m];
    double[] built = new double[m];
    double[] life = new double[m];
    int[] modelIndex = new int[m];
    int count = 0;
    for (int a = 0; a < m; a++) {
      Project p = schedule.project(a);
      if (p.closedAssets().isEmpty()) {
        continue;
      }
      ClosedAssets assets = p.closedAssets().get();
      project[count] = a;
      sector[count] = assets.sector().isPresent() ? profile.indexOf(assets.sector().get()) : cutSector(profile, p);
      capital[count] = assets.capital();
      built[count] = assets.builtYear();
      life[count] = assets.life();
      modelIndex[count] = schedule.modelIndex(a);
      count++;
    }
    return new Closures(available, Arrays.copyOf(project, count), Arrays.copyOf(sector, count),
        Arrays.copyOf(capital, count), Arrays.copyOf(built, count), Arrays.copyOf(life, count),
        Arrays.copyOf(modelIndex, count));
  }

  /** The one sector a project's scale-demand cuts select (the model's validation makes sure there is one). */
  private static int cutSector(CityProfile profile, Project p) {
    for (Effect e : p.effects()) {
      if (e.kind() == Effect.Kind.SCALE_DEMAND && e.size() < 0 && e.selector().isPresent()) {
        SectorSelector s = e.selector().get();
        for (int i = 0; i < profile.sectors().size(); i++) {
          Sector sector = profile.sectors().get(i);
          if (s.isTag() ? sector.hasTag(s.name()) : sector.id().equals(s.name())) {
            return i;
          }
        }
      }
    }
    throw new IllegalStateException("project '" + p.id() + "' describes closed assets but cuts no sector");
  }

  /**
   * Checks a parameter path {@code project/<id>/asset-life} or {@code asset-capital} against a model.
   *
   * @throws IllegalArgumentException if the project is unknown or describes no closed assets, listing those that do
   */
  static void checkPath(CityModel model, ParameterPath p) {
    Project closing = model.project(p.id()).orElseThrow(() -> new IllegalArgumentException("parameter '" + p
        + "': unknown project '" + p.id() + "'; projects: " + model.projects().stream().map(Project::id).toList()));
    checkArgument(closing.closedAssets().isPresent(),
        "parameter '%s': project '%s' describes no closed assets; projects that do: %s", p, p.id(),
        model.projects().stream().filter(x -> x.closedAssets().isPresent()).map(Project::id).toList());
  }

  /** The value of an asset path ({@link #checkPath checked}) as the model gives it. */
  static double given(CityModel model, ParameterPath p) {
    ClosedAssets assets = model.project(p.id()).orElseThrow().closedAssets().orElseThrow();
    return p.kind() == ParameterPath.Kind.PROJECT_ASSET_LIFE ? assets.life() : assets.capital();
  }

  /** These closures with the capital and life that parameter values give (this, if none is given). */
  Closures with(Adjustments adj) {
    if (adj.assetCapital == null && adj.assetLife == null) {
      return this;
    }
    double[] k = capital.clone();
    double[] l = life.clone();
    for (int j = 0; j < k.length; j++) {
      k[j] = Adjustments.or(adj.assetCapital, modelIndex[j], k[j]);
      l[j] = Adjustments.or(adj.assetLife, modelIndex[j], l[j]);
    }
    return new Closures(available, project, sector, k, built, l, modelIndex);
  }
}
