# Convenience wrappers; tasks.py (standard library only) does the work.
.PHONY: run test eval bench
run:
	python3 tasks.py run
test:
	python3 tasks.py test
eval:
	python3 tasks.py eval
bench:
	python3 tasks.py bench
