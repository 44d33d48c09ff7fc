# Example jupyterhub_config.py: the CPW course for one group on one server.
#
# What it sets up (book/10a-techniek.md, "Voor een hele groep (JupyterHub)", walks
# through the whole set-up):
# - learners and trainers log in with their own account on the server (PAM);
# - the course folder lives in a shared grader account, grader-cpw-oefenplaats,
#   whose Jupyter server runs as a hub service; every trainer opens the
#   formgrader there;
# - nbgrader's exchange is a folder on the same server (/srv/nbgrader/exchange),
#   so release, fetch, submit and collect need no extra service;
# - the groups tell nbgrader who is a learner and who grades.
#
# Written for JupyterHub 4 or 5 with nbgrader 0.9.6. Replace the names in
# TRAINERS and LEARNERS, then start with:  jupyterhub -f jupyterhub_config.py

c = get_config()  # noqa: F821 (provided by traitlets when JupyterHub loads this file)

COURSE = "cpw-oefenplaats"  # must equal CourseDirectory.course_id in nbgrader_config.py
GRADER = f"grader-{COURSE}"  # a local account that owns the course folder
TRAINERS = ["trainer1", "trainer2"]
LEARNERS = ["cursist01", "cursist02", "cursist03"]

# Who may log in. With PAM every name is a local account on this server.
c.JupyterHub.authenticator_class = "pam"
c.Authenticator.allowed_users = set(TRAINERS + LEARNERS)
c.Authenticator.admin_users = set(TRAINERS)

# Every learner opens JupyterLab (the Assignments tab lists the course).
c.Spawner.default_url = "/lab"

# nbgrader's JupyterHubAuthPlugin reads these group names:
# formgrade-<course> for the people who grade, nbgrader-<course> for learners.
c.JupyterHub.load_groups = {
    f"formgrade-{COURSE}": TRAINERS + [GRADER],
    f"nbgrader-{COURSE}": LEARNERS,
}

# The shared course server: a Jupyter server run by the hub as a service,
# under the grader account, in the folder that holds the course.
c.JupyterHub.services = [
    {
        "name": COURSE,
        "url": "http://127.0.0.1:9999",
        "command": ["jupyterhub-singleuser", "--debug"],
        "user": GRADER,
        "cwd": f"/home/{GRADER}",
        "oauth_no_confirm": True,
        "environment": {"JUPYTERHUB_DEFAULT_URL": "/lab"},
    },
]

c.JupyterHub.load_roles = [
    {
        # Trainers may open the course server (and so the formgrader).
        "name": "cpw-trainers",
        "groups": [f"formgrade-{COURSE}"],
        "scopes": [f"access:services!service={COURSE}"],
    },
    {
        # The course server may look up and update the course groups
        # (the formgrader adds learners to nbgrader-<course>).
        "name": "cpw-course-service",
        "services": [COURSE],
        "scopes": ["list:users", "read:users:groups", "list:groups", "groups"],
    },
]
