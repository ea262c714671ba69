package io.jenkins.plugins.lynchybrid.jenkins.config;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.ExtensionList;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import jenkins.model.GlobalConfiguration;
import net.sf.json.JSONObject;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.StaplerRequest2;

/** "Lync hybrid sites" under Manage Jenkins: the named hybrid deployments the pipeline steps refer to. */
@Extension
@Symbol("lyncHybrid")
public class LyncHybridConfiguration extends GlobalConfiguration {

    /**
     * Replaced whole, never changed in place: builds read it while an administrator saves the page, so each read
     * sees either the old list or the new one. An ArrayList, the type XStream stores without reflecting into the JDK.
     */
    private volatile List<LyncHybridSite> sites = new ArrayList<>();

    public LyncHybridConfiguration() {
        load();
    }

    public static LyncHybridConfiguration get() {
        return ExtensionList.lookupSingleton(LyncHybridConfiguration.class);
    }

    @NonNull
    @Override
    public String getDisplayName() {
        return "Lync hybrid sites";
    }

    public List<LyncHybridSite> getSites() {
        return List.copyOf(sites);
    }

    /** Rejects two sites with the same name: a step names its site, so the name must pick exactly one. */
    @DataBoundSetter
    public void setSites(List<LyncHybridSite> sites) {
        List<LyncHybridSite> copy = sites == null ? new ArrayList<>() : new ArrayList<>(sites);
        Set<String> names = new HashSet<>();
        for (LyncHybridSite site : copy) {
            if (!names.add(site.getName())) {
                throw new IllegalArgumentException(
                        "Lync hybrid site name '" + site.getName() + "' is used twice: give each site its own name");
            }
        }
        this.sites = copy;
        save();
    }

    public Optional<LyncHybridSite> findSite(String name) {
        return sites.stream().filter(s -> s.getName().equals(name)).findFirst();
    }

    /**
     * Binds the form's sites into a new list and swaps it in only when all of it is good: a binding error (two
     * sites with one name) leaves the running configuration as it was. A form without any site entry sends no
     * "sites" key, which binds as no sites.
     */
    @Override
    public boolean configure(StaplerRequest2 req, JSONObject json) throws FormException {
        List<LyncHybridSite> bound = req.bindJSONToList(LyncHybridSite.class, json.opt("sites"));
        try {
            setSites(bound);
        } catch (IllegalArgumentException e) {
            throw new FormException(e.getMessage(), e, "sites");
        }
        return true;
    }
}
