async def fetch_everything(
    session, url_list, timeout_in_seconds, retry_policy, logger_instance
):
    pass
